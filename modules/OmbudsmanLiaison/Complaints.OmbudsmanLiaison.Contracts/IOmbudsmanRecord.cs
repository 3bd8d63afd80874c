namespace Complaints.OmbudsmanLiaison.Contracts;

/// <summary>What other parts of the product may read of the Ombudsman's cases: the referrals that include a complaint.</summary>
public interface IOmbudsmanRecord
{
    /// <summary>Every referral that includes any of the complaints, oldest first.</summary>
    Task<IReadOnlyList<ReferralSummary>> ReferralsForAsync(IReadOnlyCollection<Guid> complaintIds, CancellationToken cancellationToken);
}

/// <summary>A referral as a resident's own record shows it: the case, the complaints in it, and the findings once determined.</summary>
public sealed record ReferralSummary(
    string OmbudsmanCaseReference, DateOnly ReferredOn, IReadOnlyList<string> ComplaintReferences, string Summary,
    DateOnly? DeterminedOn, IReadOnlyList<string> Findings);
