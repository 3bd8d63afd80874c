using Complaints.Kernel.Telemetry;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Complaints.Lifecycle.Clocks;

/// <summary>Configuration section <c>Telemetry:OverdueCount</c>: how often the overdue gauge is recounted.</summary>
internal sealed class OverdueCountOptions
{
    public const string Section = "Telemetry:OverdueCount";

    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Complaints whose clocks are worked out per query (each batch is two queries).</summary>
    public int BatchSize { get; set; } = 500;
}

/// <summary>
/// Counts the open complaints with at least one overdue clock, by stage, for the <c>complaints.overdue</c> gauge.
/// A clock's status is worked out from the complaint's transitions, the policy and the working-day calendar — no
/// column holds it — so this reads every open complaint. That is too much for each scrape, so it runs in the
/// background every <see cref="OverdueCountOptions.Interval"/> and the gauge shows the last count; every open stage is
/// reported, zeros included, so a stage's series never vanishes when its last overdue complaint is answered.
/// </summary>
internal sealed class OverdueCount(IServiceScopeFactory scopes, ComplaintsMetrics metrics, IOptions<OverdueCountOptions> options, ILogger<OverdueCount> logger)
    : BackgroundService
{
    private static readonly ComplaintStage[] OpenStages = Enum.GetValues<ComplaintStage>().Where(s => !ComplaintStages.Concluded.Contains(s)).ToArray();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        using var timer = new PeriodicTimer(options.Value.Interval);
        do
        {
            try
            {
                metrics.OverdueCounted(await CountAsync(stoppingToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(MessageWithheldException.From(e), "Counting overdue complaints failed; it runs again after {Interval}.", options.Value.Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One count: open complaints with an overdue clock, by stage name.</summary>
    public async Task<IReadOnlyDictionary<string, long>> CountAsync(CancellationToken cancellationToken)
    {
        var counts = OpenStages.ToDictionary(s => s.ToString(), _ => 0L);
        List<Guid> open;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LifecycleDbContext>();
            open = await db.Cases.AsNoTracking().Where(c => OpenStages.Contains(c.Stage)).Select(c => c.ComplaintId).ToListAsync(cancellationToken);
        }
        foreach (var batch in open.Chunk(options.Value.BatchSize))
        {
            // A scope per batch, so what one batch tracked is let go before the next.
            await using var scope = scopes.CreateAsyncScope();
            var views = await scope.ServiceProvider.GetRequiredService<ILifecycle>().FindManyAsync(batch, asOf: null, cancellationToken);
            foreach (var view in views.Values.Where(v => v.Clocks.Any(c => c.Status == ClockStatus.Overdue)))
                counts[view.Stage.ToString()] = counts.GetValueOrDefault(view.Stage.ToString()) + 1;
        }
        return counts;
    }
}
