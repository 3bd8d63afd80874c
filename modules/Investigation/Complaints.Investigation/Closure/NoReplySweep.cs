using Complaints.Kernel.Errors;
using Complaints.Kernel.Background;
using Complaints.Kernel.Leases;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Telemetry;
using Complaints.Lifecycle.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Complaints.Investigation.Closure;

/// <summary>Configuration section <c>Investigation:NoReplySweep</c>. How often is operational; the window is the policy's.</summary>
internal sealed class NoReplySweepOptions
{
    public const string Section = "Investigation:NoReplySweep";

    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Closes, as the system, each stage 1 complaint whose reply window has run out (the lifecycle's
/// <c>stage1.replyWindow</c>, present only where the policy closes for no reply: IDS 6.2). Each closure is the same
/// <see cref="CloseComplaintCommand"/> a handler would send, through the pipeline, in its own transaction; one with
/// promised actions still open is left open and logged, as a handler closing it would be refused. One host at a time
/// runs it (<see cref="SweepTurns"/>).
/// </summary>
internal sealed class NoReplySweep(IServiceScopeFactory scopes, IOptions<NoReplySweepOptions> options, ILogger<NoReplySweep> logger)
    : PeriodicWork(scopes, logger)
{
    private const string ReplyWindow = "stage1.replyWindow";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override string Description => "The no-reply sweep";

    protected override string OneHostAtATime => "no-reply";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    /// <summary>One pass; returns how many complaints it closed.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> due;
        await using (var scope = Scopes.CreateAsyncScope())
        {
            var lifecycle = scope.ServiceProvider.GetRequiredService<ILifecycle>();
            var responded = await lifecycle.FindInStageAsync(ComplaintStage.Stage1Responded, cancellationToken);
            var views = await lifecycle.FindManyAsync(responded, null, cancellationToken);
            due = views.Values.Where(v => v.ResidentWindows.Any(w => w.Name == ReplyWindow && w.Status == ClockStatus.Overdue))
                .Select(v => v.ComplaintId).ToList();
        }
        var closed = 0;
        foreach (var complaintId in due)
            closed += await CloseAsync(complaintId, cancellationToken) ? 1 : 0;
        return closed;
    }

    private async Task<bool> CloseAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var window = (await services.GetRequiredService<ILifecycle>().FindAsync(complaintId, null, cancellationToken))?
            .ResidentWindows.SingleOrDefault(w => w.Name == ReplyWindow);
        if (window is null)
            return false;
        var note = $"Closed by the system: no reply by the end of {window.DueOn:yyyy-MM-dd} ({window.Clause}).";
        try
        {
            await services.GetRequiredService<ICommandPipeline>().ExecuteAsync(
                new CloseComplaintCommand(complaintId, CloseReason.NoReply, note, null), cancellationToken);
            Logger.LogInformation("Closed complaint {ComplaintId} for no reply.", complaintId);
            return true;
        }
        catch (ComplaintsException e) when (e is RuleViolationException or TransitionRefusedException or ConcurrencyConflictException)
        {
            // The refusal's kind, not its text: refusals quote the record (an open action's wording, say).
            Logger.LogInformation("Left complaint {ComplaintId} open past its reply window: {Refusal}", complaintId, Refusal(e));
            return false;
        }
    }

    private static string Refusal(ComplaintsException e) => e is RuleViolationException rule ? rule.Reason : e.GetType().Name;
}
