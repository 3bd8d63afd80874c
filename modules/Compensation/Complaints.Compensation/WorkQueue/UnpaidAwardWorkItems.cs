using System.Globalization;
using Complaints.Compensation.Domain;
using Complaints.Compensation.Persistence;
using Complaints.Compensation.Policy;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.WorkQueue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Compensation.WorkQueue;

/// <summary>
/// Awards owed and not yet paid in full: accepted (or part paid), or an Ombudsman order's award once approved (it is
/// paid without an offer). Due the profile's <c>compensation.payment.workingDays</c> after the day it became payable,
/// due soon within <c>payment.dueSoonWorkingDays</c>. Reads only those statuses, through the (Status, Id) index.
/// </summary>
internal sealed class UnpaidAwardWorkItems(CompensationDbContext db, WorkingDayCalendar calendar, IOptions<CompensationPolicy> policy)
    : IWorkItemSource
{
    private static readonly AwardStatus[] Owed = [AwardStatus.Accepted, AwardStatus.PartPaid, AwardStatus.Approved];

    public string Name => "compensation";

    public IReadOnlySet<WorkItemKind> Kinds { get; } = new HashSet<WorkItemKind> { WorkItemKind.UnpaidAward };

    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkItemQuery query, CancellationToken cancellationToken)
    {
        var payment = policy.Value.Payment;
        var awards = db.Awards.AsNoTracking().Where(a => Owed.Contains(a.Status));
        if (query.Responsible is { } responsible)
        {
            var ids = responsible.ComplaintIds.ToList();
            awards = awards.Where(a => a.ComplaintId != null && ids.Contains(a.ComplaintId.Value));
        }
        var owed = (await awards.ToListAsync(cancellationToken))
            .Where(a => a.Status != AwardStatus.Approved || a.IsOmbudsmanOrder);
        var items = owed.Select(a => PayableFrom(a) is { } from ? Item(a, from, payment) : null).OfType<WorkItem>();
        return WorkItemPaging.Page(Name, items, query);
    }

    /// <summary>When the award became payable: the resident's acceptance, or an Ombudsman order's approval.</summary>
    private static DateTimeOffset? PayableFrom(Award award) =>
        award.Decisions.LastOrDefault(d => d.Kind == (award.IsOmbudsmanOrder ? "Approved" : "Accepted"))?.At
        ?? award.Decisions.LastOrDefault(d => d.Kind is "Accepted" or "Approved")?.At;

    private WorkItem Item(Award award, DateTimeOffset payableFrom, PaymentPolicy payment)
    {
        var dueOn = calendar.AddWorkingDays(LondonTime.Date(payableFrom), payment.WorkingDays);
        var (dueBy, dueSoonFrom) = WorkItemPaging.Instants(calendar, dueOn, payment.DueSoonWorkingDays);
        var id = award.Id.ToString(CultureInfo.InvariantCulture);
        var owed = (award.RemainingPence / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        var links = new Dictionary<string, string> { ["award_id"] = id, ["award_reference"] = award.Reference };
        if (award.OmbudsmanCaseReference is { } caseReference)
            links["ombudsman_case_reference"] = caseReference;
        return new WorkItem(WorkItemKind.UnpaidAward, id, award.ComplaintId, null, $"Pay award {award.Reference}: £{owed} still to pay",
            dueOn, dueBy, dueSoonFrom, null, links, award.Id.ToString("D19", CultureInfo.InvariantCulture));
    }
}
