using Complaints.Intake.Persistence;
using Complaints.Lifecycle.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Read;

/// <summary>
/// Pages through complaints in keyset order. Intake's own filters run in SQL; stage and clock status belong to the
/// lifecycle, so rows are read in batches and matched against a batch read of it, until the page (plus one, to know
/// whether another page exists) is full. A cap on rows examined keeps a very selective filter from scanning
/// everything in one call: the page then comes back short, with a token to go on from.
/// </summary>
internal sealed class ComplaintLister(IntakeDbContext db, ILifecycle lifecycle, ComplaintReader reader, TimeProvider clock)
{
    private const int MaxRowsExamined = 5000;

    public async Task<ComplaintPage> ListAsync(ComplaintListQuery query, CancellationToken cancellationToken)
    {
        var asOf = query.AsOf ?? clock.GetUtcNow();
        var batchSize = Math.Max(query.PageSize + 1, 100);
        var matches = new List<ComplaintView>();
        var cursor = query.After;
        var examined = 0;
        while (matches.Count <= query.PageSize && examined < MaxRowsExamined)
        {
            var batch = await Filtered(query, asOf, cursor).Take(batchSize).ToListAsync(cancellationToken);
            var views = await lifecycle.FindManyAsync(batch.Select(c => c.Id).ToList(), asOf, cancellationToken);
            foreach (var complaint in batch)
            {
                examined++;
                cursor = new ListCursor(complaint.ReceivedAt, complaint.Reference);
                if (views.TryGetValue(complaint.Id, out var view) && Matches(query, view))
                    matches.Add(new ComplaintView(complaint, view, []));
                if (matches.Count > query.PageSize)
                    break;
            }
            if (batch.Count < batchSize)
                return await PageAsync(matches, query.PageSize, exhausted: true, cursor, cancellationToken);
        }
        return await PageAsync(matches, query.PageSize, exhausted: false, cursor, cancellationToken);
    }

    private async Task<ComplaintPage> PageAsync(
        List<ComplaintView> matches, int pageSize, bool exhausted, ListCursor? lastExamined, CancellationToken cancellationToken)
    {
        var page = matches.Take(pageSize).ToList();
        var links = await reader.LinksAsync(page.Select(v => v.Complaint.Id).ToList(), cancellationToken);
        var complete = page.Select(v => v with { Links = links[v.Complaint.Id] }).ToList();
        if (matches.Count > pageSize)
            return new ComplaintPage(complete, new ListCursor(page[^1].Complaint.ReceivedAt, page[^1].Complaint.Reference));
        // A short page: the end, or the scan cap, where the caller goes on from the last row looked at.
        return new ComplaintPage(complete, exhausted ? null : lastExamined);
    }

    private IQueryable<Domain.Complaint> Filtered(ComplaintListQuery query, DateTimeOffset asOf, ListCursor? after)
    {
        var complaints = db.Complaints.AsNoTracking().Where(c => c.ReceivedAt <= asOf);
        if (query.NamedOfficer is { } officer)
            complaints = complaints.Where(c => c.NamedOfficer == officer);
        if (query.ReceivedFrom is { } from)
            complaints = complaints.Where(c => c.ReceivedAt >= from);
        if (query.ReceivedBefore is { } before)
            complaints = complaints.Where(c => c.ReceivedAt < before);
        if (after is not null)
            complaints = complaints.Where(c => c.ReceivedAt < after.ReceivedAt
                || (c.ReceivedAt == after.ReceivedAt && string.Compare(c.Reference, after.Reference) < 0));
        return complaints.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Reference);
    }

    private static bool Matches(ComplaintListQuery query, LifecycleView view) =>
        (query.Stages.Count == 0 || query.Stages.Contains(view.Stage))
        && (query.ClockStatuses.Count == 0 || ClockSummary.WorstStatus(view) is { } status && query.ClockStatuses.Contains(status));
}
