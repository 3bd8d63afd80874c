using Complaints.Kernel.Background;
using Complaints.Kernel.Telemetry;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Complaints.Lifecycle.Clocks;

/// <summary>Configuration section <c>Telemetry:OverdueCount</c>: how often the overdue gauge is recounted.</summary>
internal sealed class OverdueCountOptions
{
    public const string Section = "Telemetry:OverdueCount";

    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Counts the open complaints with at least one overdue clock, by stage, for the <c>complaints.overdue</c> gauge: one
/// grouped count over the stored instant each case's first running clock turns overdue (<c>OverdueFrom</c>, kept by
/// every transition), in the background every <see cref="OverdueCountOptions.Interval"/> rather than on each scrape.
/// Every open stage is reported, zeros included, so a stage's series never vanishes when its last overdue complaint is
/// answered.
/// </summary>
internal sealed class OverdueCount(
    IServiceScopeFactory scopes, ComplaintsMetrics metrics, TimeProvider clock, IOptions<OverdueCountOptions> options, ILogger<OverdueCount> logger)
    : PeriodicWork(scopes, logger)
{
    private static readonly ComplaintStage[] OpenStages = Enum.GetValues<ComplaintStage>().Where(s => !ComplaintStages.Concluded.Contains(s)).ToArray();

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override string Description => "Counting overdue complaints";

    protected override async Task RunOnceAsync(CancellationToken cancellationToken) => metrics.OverdueCounted(await CountAsync(cancellationToken));

    /// <summary>One count: open complaints with an overdue clock, by stage name.</summary>
    public async Task<IReadOnlyDictionary<string, long>> CountAsync(CancellationToken cancellationToken)
    {
        var counts = OpenStages.ToDictionary(s => s.ToString(), _ => 0L);
        await using var scope = Scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LifecycleDbContext>();
        var now = clock.GetUtcNow();
        var overdue = await db.Cases.AsNoTracking().Where(c => c.OverdueFrom != null && c.OverdueFrom <= now)
            .GroupBy(c => c.Stage).Select(g => new { Stage = g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        foreach (var stage in overdue)
            counts[stage.Stage.ToString()] = stage.Count;
        return counts;
    }
}
