using Complaints.Kernel.Privacy;
using Complaints.OmbudsmanLiaison.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.OmbudsmanLiaison.Privacy;

/// <summary>
/// Ombudsman Liaison's part of the retention sweep, for every referral that includes the complaint: the case keeps its
/// Ombudsman reference, dates, the complaints it covered, the findings, each order's type, amount, due date and
/// compliance date, and whether each recommendation was accepted; the summaries, what was asked for and sent, and the
/// orders' and recommendations' wording about the household go.
/// </summary>
internal sealed class OmbudsmanPersonalData(OmbudsmanLiaisonDbContext db) : IPersonalDataHolder
{
    public string Module => "OmbudsmanLiaison";

    public async Task<int> AnonymiseAsync(RetainedRecord record, CancellationToken cancellationToken)
    {
        if (record.ComplaintId is not { } id)
            return 0;
        // Referrals are few (a landlord's Ombudsman cases, not its complaints) and list their complaints in a JSON
        // column, so they are matched here rather than in SQL.
        var referrals = (await db.Referrals.ToListAsync(cancellationToken)).Where(r => r.Complaints.Any(c => c.ComplaintId == id)).ToList();
        var changed = 0;
        foreach (var referral in referrals)
        {
            db.Entry(referral).Property(r => r.Summary).CurrentValue = Anonymised.Text;
            changed++;
            foreach (var request in await db.EvidenceRequests.Where(e => e.ReferralId == referral.Id).ToListAsync(cancellationToken))
            {
                db.Entry(request).Property(e => e.What).CurrentValue = Anonymised.Text;
                request.WhatWasSent = request.WhatWasSent is null ? null : Anonymised.Text;
                request.DelayExplanation = request.DelayExplanation is null ? null : Anonymised.Text;
                changed++;
            }
            foreach (var order in await db.Orders.Where(o => o.ReferralId == referral.Id).ToListAsync(cancellationToken))
            {
                db.Entry(order).Property(o => o.Description).CurrentValue = Anonymised.Text;
                order.ComplianceEvidence = order.ComplianceEvidence is null ? null : Anonymised.Text;
                changed++;
            }
            foreach (var recommendation in await db.Recommendations.Where(r => r.ReferralId == referral.Id).ToListAsync(cancellationToken))
            {
                db.Entry(recommendation).Property(r => r.Description).CurrentValue = Anonymised.Text;
                recommendation.Reason = recommendation.Reason is null ? null : Anonymised.Text;
                changed++;
            }
        }
        return changed;
    }
}
