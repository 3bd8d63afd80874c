using Complaints.Hazards.Clocks;
using Complaints.Hazards.Contracts;
using Complaints.Hazards.Persistence;
using Complaints.Kernel.Background;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Complaints.Hazards.Sweep;

/// <summary>Configuration section <c>Hazards:MissedClockSweep</c>. How often is operational: a miss is announced at most this long after it happens.</summary>
internal sealed class MissedClockSweepOptions
{
    public const string Section = "Hazards:MissedClockSweep";

    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Finds running hazard clocks past their due instant and not yet announced, and sends <see cref="RecordMissedClocksCommand"/>
/// for each such hazard, as the system, through the pipeline in its own transaction — so Reporting counts every miss
/// for the Board even when nobody records a step, and a landlord's plug-in can alert someone. One host at a time runs it.
/// </summary>
internal sealed class MissedClockSweep(IServiceScopeFactory scopes, IOptions<MissedClockSweepOptions> options, ILogger<MissedClockSweep> logger)
    : PeriodicWork(scopes, logger)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override string Description => "The missed hazard clock sweep";

    protected override string OneHostAtATime => "hazards-missed-clocks";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    /// <summary>One pass; returns how many misses it announced.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        List<long> due;
        await using (var scope = Scopes.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var calculator = services.GetRequiredService<HazardClockCalculator>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var open = await services.GetRequiredService<HazardsDbContext>().Hazards.AsNoTracking().Where(h => h.StoppedAt == null).ToListAsync(cancellationToken);
            due = open.Where(h => calculator.Calculate(h, now).Any(c => c.Status == HazardClockStatus.Overdue && !h.MissedClocks.Contains(c.Name)))
                .Select(h => h.Id).ToList();
        }
        var announced = 0;
        foreach (var hazardId in due)
            announced += await AnnounceAsync(hazardId, cancellationToken);
        return announced;
    }

    private async Task<int> AnnounceAsync(long hazardId, CancellationToken cancellationToken)
    {
        await using var scope = Scopes.CreateAsyncScope();
        try
        {
            return await scope.ServiceProvider.GetRequiredService<ICommandPipeline>().ExecuteAsync(new RecordMissedClocksCommand(hazardId), cancellationToken);
        }
        catch (ComplaintsException e) when (e is RuleViolationException or ConcurrencyConflictException)
        {
            // Stopped, or changed by a step, since it was read: that step announced what it missed; the next pass sees the rest.
            Logger.LogInformation("Left hazard {HazardId} for the next pass: {Refusal}", hazardId, e.GetType().Name);
            return 0;
        }
    }
}
