using Complaints.OmbudsmanLiaison.Contracts;
using Complaints.OmbudsmanLiaison.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.OmbudsmanLiaison.Referrals;

/// <summary>
/// OmbudsmanLiaison's answer to <see cref="IOmbudsmanRecord"/>. A referral keeps its complaints as one JSON column, so
/// the referrals are read and matched here; they number in the tens a year for a landlord, and this is asked only for
/// one resident's records.
/// </summary>
internal sealed class OmbudsmanRecordReader(OmbudsmanLiaisonDbContext db) : IOmbudsmanRecord
{
    public async Task<IReadOnlyList<ReferralSummary>> ReferralsForAsync(IReadOnlyCollection<Guid> complaintIds, CancellationToken cancellationToken)
    {
        if (complaintIds.Count == 0)
            return [];
        var wanted = complaintIds.ToHashSet();
        var referrals = await db.Referrals.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return referrals.Where(r => r.Complaints.Any(c => wanted.Contains(c.ComplaintId)))
            .Select(r => new ReferralSummary(r.OmbudsmanCaseReference, r.ReferredOn, r.Complaints.Select(c => c.Reference).ToList(), r.Summary,
                r.Determination?.DeterminedOn, r.Determination?.Findings.Select(f => $"{f.Element}: {f.Finding}").ToList() ?? []))
            .ToList();
    }
}
