using Complaints.Intake.Persistence;
using Complaints.Kernel.Time;
using Complaints.Lifecycle.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Intake.Read;

/// <summary>
/// Pages through complaints in keyset order (newest received first, then by reference), each path walking an index
/// in that order and stopping at the page's end.
/// <list type="bullet">
/// <item>Now (no as-of, or one later than any change can be dated): Intake's own filters run on its indexes; stage and
/// clock status are the lifecycle's, answered from what each transition stores (<see cref="ILifecycleList"/>): the
/// lifecycle gives the page's ids itself, or, with an officer as well, says which of each batch of that officer's
/// complaints match.</item>
/// <item>An as-of in the past: stages and clocks as they stood then are replayed from each batch's histories.</item>
/// </list>
/// Where batches are matched, a cap on rows examined keeps a selective filter from scanning everything in one call:
/// the page then comes back short, with a token to go on from.
/// </summary>
internal sealed class ComplaintLister(
    IntakeDbContext db, ILifecycle lifecycle, ILifecycleList lifecycleList, ComplaintReader reader, TimeProvider clock, IOptions<ClockOptions> clockOptions)
{
    private const int MaxRowsExamined = 5000;

    public async Task<ComplaintPage> ListAsync(ComplaintListQuery query, CancellationToken cancellationToken)
    {
        var filter = new LifecycleFilter(query.Stages, query.ClockStatuses, query.AsOf);
        if (query.AsOf is { } asOf && asOf < clock.GetUtcNow() + clockOptions.Value.AllowedSkew)
            return await ScanAsync(query, batch => ReplayedMatchesAsync(batch, query, asOf, cancellationToken), cancellationToken);
        if (filter.IsEmpty)
            return await ScanAsync(query, batch => Task.FromResult<IReadOnlySet<Guid>>(batch.ToHashSet()), cancellationToken);
        if (query.NamedOfficer is not null)
            return await ScanAsync(query, batch => lifecycleList.MatchAsync(batch, filter, cancellationToken), cancellationToken);
        return await FromLifecycleAsync(query, filter, cancellationToken);
    }

    /// <summary>The lifecycle pages the filter itself, on its indexes; Intake reads the rows of the page.</summary>
    private async Task<ComplaintPage> FromLifecycleAsync(ComplaintListQuery query, LifecycleFilter filter, CancellationToken cancellationToken)
    {
        var after = query.After is { } cursor ? new ListPosition(cursor.ReceivedAt, cursor.Reference) : null;
        var ids = await lifecycleList.ListAsync(
            new LifecycleListQuery(filter, query.ReceivedFrom, query.ReceivedBefore, after, query.PageSize + 1), cancellationToken);
        var rows = await db.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var matches = ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
        return await PageAsync(matches, query, exhausted: true, lastExamined: null, cancellationToken);
    }

    /// <summary>
    /// Intake's rows in list order, a batch at a time, each batch's matches kept until the page (plus one, to know
    /// whether another page exists) is full or the cap on rows examined is reached.
    /// </summary>
    private async Task<ComplaintPage> ScanAsync(
        ComplaintListQuery query, Func<IReadOnlyList<Guid>, Task<IReadOnlySet<Guid>>> matching, CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(query.PageSize + 1, 100);
        var matches = new List<Domain.Complaint>();
        var cursor = query.After;
        var examined = 0;
        while (matches.Count <= query.PageSize && examined < MaxRowsExamined)
        {
            var batch = await Filtered(query, cursor).Take(batchSize).ToListAsync(cancellationToken);
            var matched = await matching(batch.Select(c => c.Id).ToList());
            foreach (var complaint in batch)
            {
                examined++;
                cursor = new ListCursor(complaint.ReceivedAt, complaint.Reference);
                if (matched.Contains(complaint.Id))
                    matches.Add(complaint);
                if (matches.Count > query.PageSize)
                    break;
            }
            if (batch.Count < batchSize)
                return await PageAsync(matches, query, exhausted: true, cursor, cancellationToken);
        }
        return await PageAsync(matches, query, exhausted: false, cursor, cancellationToken);
    }

    private async Task<IReadOnlySet<Guid>> ReplayedMatchesAsync(IReadOnlyList<Guid> batch, ComplaintListQuery query, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        if (query.Stages.Count == 0 && query.ClockStatuses.Count == 0)
            return batch.ToHashSet();
        var views = await lifecycle.FindManyAsync(batch, asOf, cancellationToken);
        return views.Values.Where(view => Matches(query, view)).Select(view => view.ComplaintId).ToHashSet();
    }

    /// <summary>
    /// The page with its lifecycles and links. Without an as-of, each lifecycle as it stands with every change recorded,
    /// as GetComplaint shows it and as the stored thresholds judged it.
    /// </summary>
    private async Task<ComplaintPage> PageAsync(
        List<Domain.Complaint> matches, ComplaintListQuery query, bool exhausted, ListCursor? lastExamined, CancellationToken cancellationToken)
    {
        var page = matches.Take(query.PageSize).ToList();
        var ids = page.Select(c => c.Id).ToList();
        var views = await lifecycle.FindManyAsync(ids, query.AsOf, cancellationToken);
        var links = await reader.LinksAsync(ids, cancellationToken);
        var feedback = await reader.FeedbackOfAsync(ids, cancellationToken);
        var complete = page.Where(c => views.ContainsKey(c.Id))
            .Select(c => new ComplaintView(c, views[c.Id], links[c.Id]) { FeedbackId = feedback.GetValueOrDefault(c.Id) }).ToList();
        if (matches.Count > query.PageSize)
            return new ComplaintPage(complete, new ListCursor(page[^1].ReceivedAt, page[^1].Reference));
        // A short page: the end, or the scan cap, where the caller goes on from the last row looked at.
        return new ComplaintPage(complete, exhausted ? null : lastExamined);
    }

    private IQueryable<Domain.Complaint> Filtered(ComplaintListQuery query, ListCursor? after)
    {
        var complaints = db.Complaints.AsNoTracking();
        if (query.AsOf is { } asOf)
            complaints = complaints.Where(c => c.ReceivedAt <= asOf);
        if (query.NamedOfficer is { } officer)
            complaints = complaints.Where(c => c.NamedOfficer == officer);
        if (query.ReceivedFrom is { } from)
            complaints = complaints.Where(c => c.ReceivedAt >= from);
        if (query.ReceivedBefore is { } before)
            complaints = complaints.Where(c => c.ReceivedAt < before);
        if (after is not null)
        {
            // The first term bounds the index range; the second breaks ties within the cursor's instant.
            complaints = complaints.Where(c => c.ReceivedAt <= after.ReceivedAt)
                .Where(c => c.ReceivedAt < after.ReceivedAt || string.Compare(c.Reference, after.Reference) < 0);
        }
        return complaints.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Reference);
    }

    private static bool Matches(ComplaintListQuery query, LifecycleView view) =>
        (query.Stages.Count == 0 || query.Stages.Contains(view.Stage))
        && (query.ClockStatuses.Count == 0 || ClockSummary.WorstStatus(view) is { } status && query.ClockStatuses.Contains(status));
}
