using System.Diagnostics;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Persistence;
using Complaints.Lifecycle.Clocks;
using Complaints.Lifecycle.Persistence;
using Complaints.Lifecycle.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Complaints.Lifecycle.Lists;

/// <summary>
/// Works out the stored clock thresholds of every case that has none yet (stored before they were kept) or has them
/// under another policy or calendar (<see cref="ClockBasis"/>): from its own history, a batch per transaction. The
/// migration cannot do it in SQL, since deadlines count working days.
/// </summary>
internal sealed class ClockThresholdsBackfill(
    LifecycleDbContext db, UnitOfWork unitOfWork, ClockBasis basis, IOptions<LifecyclePolicy> policy, WorkingDayCalendar calendar,
    TimeProvider clock, ILogger<ClockThresholdsBackfill> logger) : IStartupBackfill
{
    private const int Batch = 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var current = basis.Value;
        var stale = await db.Cases.AsNoTracking().Where(c => c.ClockBasis == null || c.ClockBasis != current)
            .Select(c => c.ComplaintId).ToListAsync(cancellationToken);
        if (stale.Count == 0)
            return;
        logger.LogInformation("Working out the clock thresholds of {Count} complaint(s) stored without them or under another policy", stale.Count);
        var watch = Stopwatch.StartNew();
        foreach (var batch in stale.Chunk(Batch))
            await unitOfWork.ExecuteAsync(() => RecomputeAsync(batch, current, cancellationToken), cancellationToken);
        logger.LogInformation("Clock thresholds of {Count} complaint(s) worked out in {Elapsed}", stale.Count, watch.Elapsed);
    }

    private async Task<int> RecomputeAsync(Guid[] complaintIds, string current, CancellationToken cancellationToken)
    {
        var cases = await db.Cases.AsNoTracking().Where(c => complaintIds.Contains(c.ComplaintId)).ToListAsync(cancellationToken);
        var histories = (await db.Transitions.AsNoTracking().Where(t => complaintIds.Contains(t.ComplaintId)).ToListAsync(cancellationToken))
            .ToLookup(t => t.ComplaintId);
        var calculator = new ClockCalculator(policy.Value, calendar);
        var now = clock.GetUtcNow();
        foreach (var lifecycleCase in cases)
        {
            var history = histories[lifecycleCase.ComplaintId].OrderBy(t => t.OccurredAt).ThenBy(t => t.Id).ToList();
            if (history.Count == 0)
                continue;
            var thresholds = ClockThresholds.Of(calculator, lifecycleCase, history, now);
            // A direct update: working the thresholds out again is no change to the complaint, so its version stays.
            await db.Cases.Where(c => c.ComplaintId == lifecycleCase.ComplaintId).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.DueSoonFrom, thresholds.DueSoonFrom)
                .SetProperty(c => c.OverdueFrom, thresholds.OverdueFrom)
                .SetProperty(c => c.ClockBasis, current), cancellationToken);
        }
        return cases.Count;
    }
}
