using Complaints.Intake.Contracts;
using Complaints.Investigation.Contracts;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.WorkQueue;

namespace Complaints.Reporting.WorkQueue;

/// <summary>
/// The queue across modules, through their contracts only: each <see cref="IWorkItemSource"/> gives its first page
/// after the position (page size plus one), and the merge keeps the first page of them all in queue order — due
/// instant, source, tie — so no source reads more than a page. An officer or team filter first asks Investigation
/// which complaints they handle now (<see cref="IComplaintHandlers"/>); the page's officers, teams and references are
/// then read for its items alone.
/// </summary>
internal sealed class WorkQueueReader(
    IEnumerable<IWorkItemSource> sources, IComplaintHandlers handlers, IComplaintDirectory directory, WorkingDayCalendar calendar)
{
    public async Task<WorkQueuePage> ReadAsync(WorkQueueRequest request, CancellationToken cancellationToken)
    {
        ResponsibleFilter? responsible = null;
        if (request.OfficerId is not null || request.Team is not null)
            responsible = new ResponsibleFilter(await handlers.HandledByAsync(request.OfficerId, request.Team, cancellationToken), request.OfficerId);
        var query = new WorkItemQuery(request.AsOf, request.Statuses, request.Kinds, responsible, request.After, request.PageSize + 1);

        var found = new List<(string Source, WorkItem Item)>();
        foreach (var source in sources.Where(s => request.Kinds.Count == 0 || s.Kinds.Overlaps(request.Kinds)))
            found.AddRange((await source.ListAsync(query, cancellationToken)).Select(item => (source.Name, item)));
        var ordered = found.OrderBy(f => f.Item.DueBy).ThenBy(f => f.Source, StringComparer.Ordinal).ThenBy(f => f.Item.Tie, StringComparer.Ordinal).ToList();
        var page = ordered.Take(request.PageSize).ToList();
        var next = ordered.Count > request.PageSize ? new WorkItemPosition(page[^1].Item.DueBy, page[^1].Source, page[^1].Item.Tie) : null;

        var complaintIds = page.Select(p => p.Item.ComplaintId).OfType<Guid>().Distinct().ToList();
        var byComplaint = await handlers.ForComplaintsAsync(complaintIds, cancellationToken);
        var references = await directory.ReferencesAsync(
            page.Where(p => p.Item.ComplaintReference is null).Select(p => p.Item.ComplaintId).OfType<Guid>().Distinct().ToList(), cancellationToken);
        var today = LondonTime.Date(request.AsOf);
        var items = page.Select(p =>
        {
            var item = p.Item;
            var handler = item.ComplaintId is { } id ? byComplaint.GetValueOrDefault(id) : null;
            var reference = item.ComplaintReference ?? (item.ComplaintId is { } cid ? references.GetValueOrDefault(cid) : null);
            // An item's own owner (an order's, a restriction's decider) answers for it; otherwise the complaint's handler.
            var (officerId, officerName) = item.Officer is { } own ? (own, own) : (handler?.OfficerId, handler?.OfficerName);
            return new QueuedItem(item, reference, item.StatusAt(request.AsOf), WorkingDaysLeft(today, item.DueOn), officerId, officerName, handler?.Team);
        }).ToList();
        return new WorkQueuePage(items, next, request.AsOf);
    }

    /// <summary>Working days from today to the due day; negative, the working days since it, once it has passed.</summary>
    private int WorkingDaysLeft(DateOnly today, DateOnly dueOn) =>
        dueOn >= today ? calendar.WorkingDaysBetween(today, dueOn) : -calendar.WorkingDaysBetween(dueOn, today);
}
