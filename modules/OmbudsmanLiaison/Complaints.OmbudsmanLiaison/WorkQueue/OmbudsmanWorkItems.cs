using System.Globalization;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.WorkQueue;
using Complaints.OmbudsmanLiaison.Domain;
using Complaints.OmbudsmanLiaison.Persistence;
using Complaints.OmbudsmanLiaison.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.OmbudsmanLiaison.WorkQueue;

/// <summary>
/// Evidence requests not yet answered and orders not yet complied with, due on their dates, due soon within the
/// profile's <c>ombudsmanLiaison.dueSoonWorkingDays</c> (as <c>ListOpenEvidenceRequests</c> and <c>ListOpenOrders</c>
/// judge them). Reads only open rows, and for a due-soon or overdue queue only those due by the window's last day; an
/// order's owner is its officer, and an item is about the referral's complaints.
/// </summary>
internal sealed class OmbudsmanWorkItems(OmbudsmanLiaisonDbContext db, WorkingDayCalendar calendar, IOptions<OmbudsmanLiaisonPolicy> policy)
    : IWorkItemSource
{
    public string Name => "ombudsman";

    public IReadOnlySet<WorkItemKind> Kinds { get; } = new HashSet<WorkItemKind> { WorkItemKind.EvidenceRequest, WorkItemKind.OmbudsmanOrder };

    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkItemQuery query, CancellationToken cancellationToken)
    {
        var window = policy.Value.DueSoonWorkingDays;
        var lastDay = query.OnlyDueSoonOrOverdue ? WorkItemPaging.LastDueDayNeedingAttention(calendar, query.AsOf, window) : DateOnly.MaxValue;
        var fromDay = query.After is { } after ? LondonTime.Date(after.DueBy.AddTicks(-1)) : DateOnly.MinValue;
        var requests = query.Wants(WorkItemKind.EvidenceRequest)
            ? await db.EvidenceRequests.AsNoTracking().Where(r => r.SubmittedAt == null && r.DueOn <= lastDay && r.DueOn >= fromDay).ToListAsync(cancellationToken)
            : [];
        var orders = query.Wants(WorkItemKind.OmbudsmanOrder)
            ? await db.Orders.AsNoTracking().Where(o => o.CompliedOn == null && o.DueOn <= lastDay && o.DueOn >= fromDay).ToListAsync(cancellationToken)
            : [];
        var referralIds = requests.Select(r => r.ReferralId).Concat(orders.Select(o => o.ReferralId)).Distinct().ToList();
        var referrals = await db.Referrals.AsNoTracking().Where(r => referralIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);

        var items = requests.Select(r => Item(WorkItemKind.EvidenceRequest, "evidence_request_id", r.Id, r.DueOn, null, null,
                $"Send the Ombudsman the evidence requested: {r.What}", referrals[r.ReferralId], window))
            .Concat(orders.Select(o => Item(WorkItemKind.OmbudsmanOrder, "order_id", o.Id, o.DueOn, o.Owner, o.ComplaintId,
                $"Comply with the Ombudsman's order ({o.Type}): {o.Description}", referrals[o.ReferralId], window)))
            // An item about several complaints is the officer's if any of them is.
            .Where(i => query.Responsible is null || i.Complaints.Any(c => query.Responsible.Covers(c, i.Item.Officer)) || query.Responsible.Covers(null, i.Item.Officer))
            .Select(i => i.Item);
        return WorkItemPaging.Page(Name, items, query with { Responsible = null });
    }

    private (WorkItem Item, IReadOnlyList<Guid> Complaints) Item(
        WorkItemKind kind, string idName, long id, DateOnly dueOn, string? owner, Guid? complaintId, string what, Referral referral, int window)
    {
        var (dueBy, dueSoonFrom) = WorkItemPaging.Instants(calendar, dueOn, window);
        var about = referral.Complaints.FirstOrDefault(c => c.ComplaintId == complaintId) ?? referral.Complaints.FirstOrDefault();
        var text = id.ToString(CultureInfo.InvariantCulture);
        var links = new Dictionary<string, string>
        {
            [idName] = text, ["referral_id"] = referral.Id.ToString(CultureInfo.InvariantCulture), ["ombudsman_case_reference"] = referral.OmbudsmanCaseReference,
        };
        // Evidence requests and orders share the due day's ties: the kind's number first keeps them apart.
        var tie = $"{(int)kind}:{id.ToString("D19", CultureInfo.InvariantCulture)}";
        var item = new WorkItem(kind, text, about?.ComplaintId, about?.Reference, what, dueOn, dueBy, dueSoonFrom,
            string.IsNullOrWhiteSpace(owner) ? null : owner, links, tie);
        IReadOnlyList<Guid> complaints = complaintId is { } only ? [only] : referral.Complaints.Select(c => c.ComplaintId).ToList();
        return (item, complaints);
    }
}
