using System.Globalization;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.WorkQueue;
using Complaints.VexatiousBehaviour.Persistence;
using Complaints.VexatiousBehaviour.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.VexatiousBehaviour.WorkQueue;

/// <summary>
/// Contact restrictions still in force or scheduled whose review falls due, due soon within the profile's
/// <c>vexatiousBehaviour.review.dueSoonWorkingDays</c>. A restriction is about a resident, not a complaint: its officer
/// is whoever recorded the panel's decision. Reads only restrictions not lifted or lapsed.
/// </summary>
internal sealed class RestrictionReviewWorkItems(VexatiousBehaviourDbContext db, WorkingDayCalendar calendar, IOptions<VexatiousBehaviourPolicy> policy)
    : IWorkItemSource
{
    public string Name => "conduct";

    public IReadOnlySet<WorkItemKind> Kinds { get; } = new HashSet<WorkItemKind> { WorkItemKind.RestrictionReview };

    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkItemQuery query, CancellationToken cancellationToken)
    {
        var window = policy.Value.Review.DueSoonWorkingDays;
        var today = LondonTime.Date(query.AsOf);
        var restrictions = db.Restrictions.AsNoTracking().Where(r => r.LiftedAt == null && r.EndsOn >= today);
        if (query.OnlyDueSoonOrOverdue)
        {
            var lastDay = WorkItemPaging.LastDueDayNeedingAttention(calendar, query.AsOf, window);
            restrictions = restrictions.Where(r => r.ReviewDueOn <= lastDay);
        }
        if (query.Responsible is { Officer: null })
            return [];
        var rows = await restrictions.Select(r => new { r.Id, r.CaseId, r.Reference, r.Type, r.ReviewDueOn, r.DecidedBy }).ToListAsync(cancellationToken);
        var items = rows.Select(r =>
        {
            var (dueBy, dueSoonFrom) = WorkItemPaging.Instants(calendar, r.ReviewDueOn, window);
            var id = r.Id.ToString(CultureInfo.InvariantCulture);
            var links = new Dictionary<string, string>
            {
                ["restriction_id"] = id, ["restriction_reference"] = r.Reference, ["conduct_case_id"] = r.CaseId.ToString(CultureInfo.InvariantCulture),
            };
            return new WorkItem(WorkItemKind.RestrictionReview, id, null, null, $"Review the contact restriction {r.Reference} ({r.Type})",
                r.ReviewDueOn, dueBy, dueSoonFrom, r.DecidedBy, links, r.Id.ToString("D19", CultureInfo.InvariantCulture));
        });
        return WorkItemPaging.Page(Name, items, query);
    }
}
