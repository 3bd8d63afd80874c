using System.Globalization;
using Complaints.Investigation.Actions;
using Complaints.Investigation.Persistence;
using Complaints.Investigation.Policy;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.WorkQueue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Investigation.WorkQueue;

/// <summary>
/// Promised actions still open, due on their date, due soon within the profile's <c>investigation.actionDueSoonWorkingDays</c>.
/// Reads only open actions, and for a due-soon or overdue queue only those due by the window's last day.
/// </summary>
internal sealed class PromisedActionWorkItems(InvestigationDbContext db, WorkingDayCalendar calendar, IOptions<InvestigationPolicy> policy)
    : IWorkItemSource
{
    public string Name => "investigation.actions";

    public IReadOnlySet<WorkItemKind> Kinds { get; } = new HashSet<WorkItemKind> { WorkItemKind.PromisedAction };

    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkItemQuery query, CancellationToken cancellationToken)
    {
        var window = policy.Value.ActionDueSoonWorkingDays;
        var open = db.Actions.AsNoTracking().Where(a => a.Status == ActionStatus.Open);
        if (query.OnlyDueSoonOrOverdue)
        {
            var lastDay = WorkItemPaging.LastDueDayNeedingAttention(calendar, query.AsOf, window);
            open = open.Where(a => a.DueOn <= lastDay);
        }
        if (query.Responsible is { } responsible)
        {
            var ids = responsible.ComplaintIds.ToList();
            open = open.Where(a => ids.Contains(a.ComplaintId));
        }
        if (query.After is { } after)
        {
            var fromDay = LondonTime.Date(after.DueBy.AddTicks(-1));
            open = open.Where(a => a.DueOn >= fromDay);
        }
        var rows = await open.Select(a => new { a.Id, a.ComplaintId, a.Description, a.DueOn }).ToListAsync(cancellationToken);
        var items = rows.Select(a =>
        {
            var (dueBy, dueSoonFrom) = WorkItemPaging.Instants(calendar, a.DueOn, window);
            var id = a.Id.ToString(CultureInfo.InvariantCulture);
            return new WorkItem(WorkItemKind.PromisedAction, id, a.ComplaintId, null, a.Description, a.DueOn, dueBy, dueSoonFrom, null,
                new Dictionary<string, string> { ["action_id"] = id }, a.Id.ToString("D19", CultureInfo.InvariantCulture));
        });
        return WorkItemPaging.Page(Name, items, query);
    }
}
