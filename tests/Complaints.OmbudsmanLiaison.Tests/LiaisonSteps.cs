using Complaints.Lifecycle.Contracts;
using Complaints.OmbudsmanLiaison.Domain;
using Complaints.OmbudsmanLiaison.Persistence;
using Complaints.OmbudsmanLiaison.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Complaints.OmbudsmanLiaison.Tests;

/// <summary>Referred complaints, complete determinations, and reads of the module's tables.</summary>
internal static class LiaisonSteps
{
    /// <summary>Monday 2 November 2026, 10:00 GMT.</summary>
    public static readonly DateTimeOffset Received = Instants.Utc("2026-11-02T10:00:00Z");

    /// <summary>A case reference no other test uses.</summary>
    public static string NewCase() => $"2026{Guid.NewGuid():N}"[..16];

    public static RecordReferralCommand Referral(string caseReference, params Guid[] complaintIds) =>
        new(caseReference, null, complaintIds, "Resident unhappy with the repairs", null);

    /// <summary>A complaint in <paramref name="stage"/>, referred under a new case on <paramref name="referredOn"/>.</summary>
    public static async Task<(Guid Complaint, long Referral, string Case)> ReferredAsync(this ModuleTestHost host,
        ComplaintStage stage = ComplaintStage.Stage1Responded, DateOnly? referredOn = null)
    {
        var complaint = await host.InStageAsync(stage, Received);
        var caseReference = NewCase();
        var referral = await host.ExecuteAsync(Referral(caseReference, complaint.ComplaintId) with { ReferredOn = referredOn });
        return (complaint.ComplaintId, referral, caseReference);
    }

    public static Task<Referral> ReferralAsync(this ModuleTestHost host, long id) =>
        host.QueryAsync<OmbudsmanLiaisonDbContext, Referral>(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == id));

    public static Task<List<Order>> OrdersAsync(this ModuleTestHost host, long referralId) =>
        host.QueryAsync<OmbudsmanLiaisonDbContext, List<Order>>(db => db.Orders.AsNoTracking().Where(o => o.ReferralId == referralId).OrderBy(o => o.Id).ToListAsync());

    public static Task<EvidenceRequest> EvidenceRequestAsync(this ModuleTestHost host, long id) =>
        host.QueryAsync<OmbudsmanLiaisonDbContext, EvidenceRequest>(db => db.EvidenceRequests.AsNoTracking().SingleAsync(r => r.Id == id));

    public static Task<List<Recommendation>> RecommendationsAsync(this ModuleTestHost host, long referralId) =>
        host.QueryAsync<OmbudsmanLiaisonDbContext, List<Recommendation>>(db => db.Recommendations.AsNoTracking().Where(r => r.ReferralId == referralId).OrderBy(r => r.Id).ToListAsync());
}
