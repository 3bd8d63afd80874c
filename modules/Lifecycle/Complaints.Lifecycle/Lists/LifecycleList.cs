using Complaints.Kernel.Persistence;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Domain;
using Complaints.Lifecycle.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Lifecycle.Lists;

/// <summary>
/// <see cref="ILifecycleList"/> from the columns every transition keeps: the stage, and the clock thresholds
/// (<see cref="Clocks.ClockThresholds"/>). Each filter shape walks an index in list order and stops at the page's end:
/// one stage, the (Stage, ReceivedAt, Reference) index; several, one walk per stage merged by the database; a clock
/// status, the partial index of cases with a running clock (the open caseload, small beside every complaint ever
/// received), with any stages checked as its rows arrive.
/// </summary>
internal sealed class LifecycleList(LifecycleDbContext db, TimeProvider clock, UnitOfWork unitOfWork)
    : ILifecycleList
{
    /// <summary>Rows read per query while stages are checked in memory.</summary>
    private const int Batch = 500;

    public async Task<IReadOnlyList<Guid>> ListAsync(LifecycleListQuery query, CancellationToken cancellationToken)
    {
        var filter = query.Filter;
        if (filter.ClockStatuses.Count > 0)
            return await RunningAsync(query, At(filter), cancellationToken);
        if (filter.Stages.Count == 0)
            return await Page(Cases(), query).Select(c => c.ComplaintId).ToListAsync(cancellationToken);
        // One walk per stage down its stretch of the (Stage, ReceivedAt, Reference) index, already in list order
        // (equality, where IN would have the database sort every row of those stages), merged by the database.
        var perStage = filter.Stages.Select(stage =>
            Page(Cases().Where(c => c.Stage == stage), query)
                .Select(c => new Row { ComplaintId = c.ComplaintId, ReceivedAt = c.ReceivedAt, Reference = c.Reference }));
        return await perStage.Aggregate(Queryable.Concat)
            .OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Reference).Take(query.Limit)
            .Select(r => r.ComplaintId).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlySet<Guid>> MatchAsync(IReadOnlyCollection<Guid> complaintIds, LifecycleFilter filter, CancellationToken cancellationToken)
    {
        var ids = complaintIds.ToList();
        var stages = filter.Stages.ToList();
        var cases = Cases().Where(c => ids.Contains(c.ComplaintId));
        if (stages.Count > 0)
            cases = cases.Where(c => stages.Contains(c.Stage));
        if (filter.ClockStatuses.Count > 0)
            cases = WithClockStatus(cases, filter.ClockStatuses, At(filter));
        return (await cases.Select(c => c.ComplaintId).ToListAsync(cancellationToken)).ToHashSet();
    }

    public async Task<IReadOnlyList<Guid>> FindWithoutReferenceAsync(CancellationToken cancellationToken) =>
        await Cases().Where(c => c.Reference == null).Select(c => c.ComplaintId).ToListAsync(cancellationToken);

    public async Task RecordReferencesAsync(IReadOnlyDictionary<Guid, string> references, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteAsync(async () =>
        {
            // A direct update: the reference is no change to the complaint, so its version (IVersioned) stays.
            foreach (var (complaintId, reference) in references)
                await db.Cases.Where(c => c.ComplaintId == complaintId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Reference, reference), cancellationToken);
            return references.Count;
        }, cancellationToken);

    /// <summary>
    /// Cases with a running clock in list order, in batches, keeping those in the filter's stages until the page is
    /// full: the stage is left out of the query so the database walks the running-clock index rather than a stage's.
    /// </summary>
    private async Task<IReadOnlyList<Guid>> RunningAsync(LifecycleListQuery query, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var running = WithClockStatus(Cases(), query.Filter.ClockStatuses, at);
        if (query.Filter.Stages.Count == 0)
            return await Page(running, query).Select(c => c.ComplaintId).ToListAsync(cancellationToken);
        var matches = new List<Guid>();
        var after = query.After;
        while (matches.Count < query.Limit)
        {
            var batch = await Page(running, query with { After = after, Limit = Batch })
                .Select(c => new { c.ComplaintId, c.Stage, c.ReceivedAt, c.Reference }).ToListAsync(cancellationToken);
            matches.AddRange(batch.Where(c => query.Filter.Stages.Contains(c.Stage)).Select(c => c.ComplaintId));
            if (batch.Count < Batch)
                break;
            after = new ListPosition(batch[^1].ReceivedAt, batch[^1].Reference!);
        }
        return matches.Take(query.Limit).ToList();
    }

    private IQueryable<LifecycleCase> Cases() => db.Cases.AsNoTracking();

    /// <summary>The worst running clock's status at <paramref name="at"/>, as <see cref="Clocks.ClockThresholds.At"/> reads it.</summary>
    private static IQueryable<LifecycleCase> WithClockStatus(IQueryable<LifecycleCase> cases, IReadOnlySet<ClockStatus> statuses, DateTimeOffset at)
    {
        var overdue = statuses.Contains(ClockStatus.Overdue);
        var dueSoon = statuses.Contains(ClockStatus.DueSoon);
        var onTrack = statuses.Contains(ClockStatus.OnTrack);
        // The IS NOT NULL term, written out, is what lets every provider use the partial index of running cases.
        cases = cases.Where(c => c.OverdueFrom != null);
        if (overdue && dueSoon && onTrack)
            return cases;
        return cases.Where(c => (overdue && c.OverdueFrom <= at)
            || (dueSoon && c.DueSoonFrom <= at && c.OverdueFrom > at)
            || (onTrack && c.DueSoonFrom > at));
    }

    /// <summary>The received range, the rows after the position, in list order, at most the limit.</summary>
    private static IQueryable<LifecycleCase> Page(IQueryable<LifecycleCase> cases, LifecycleListQuery query)
    {
        if (query.ReceivedFrom is { } from)
            cases = cases.Where(c => c.ReceivedAt >= from);
        if (query.ReceivedBefore is { } before)
            cases = cases.Where(c => c.ReceivedAt < before);
        if (query.After is { } after)
        {
            // The first term bounds the index range; the second breaks ties within the position's instant.
            cases = cases.Where(c => c.ReceivedAt <= after.ReceivedAt)
                .Where(c => c.ReceivedAt < after.ReceivedAt || string.Compare(c.Reference, after.Reference) < 0);
        }
        return cases.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Reference).Take(query.Limit);
    }

    /// <summary>Now, unless the filter names a later instant (see <see cref="LifecycleFilter.At"/>).</summary>
    private DateTimeOffset At(LifecycleFilter filter) => filter.At ?? clock.GetUtcNow();

    /// <summary>A row of one stage's page; set by initialiser, so the database can order the merged pages by its members.</summary>
    private sealed class Row
    {
        public Guid ComplaintId { get; init; }

        public DateTimeOffset ReceivedAt { get; init; }

        public string? Reference { get; init; }
    }
}
