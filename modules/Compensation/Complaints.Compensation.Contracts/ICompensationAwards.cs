namespace Complaints.Compensation.Contracts;

/// <summary>
/// What other modules may read of compensation awards (a response naming its award, the Ombudsman liaison record).
/// Joins the caller's unit of work.
/// </summary>
public interface ICompensationAwards
{
    /// <summary>Null when there is no such award.</summary>
    Task<AwardSummary?> FindAsync(long awardId, CancellationToken cancellationToken);

    /// <summary>Every award made for the complaint, oldest first.</summary>
    Task<IReadOnlyList<AwardSummary>> ForComplaintAsync(Guid complaintId, CancellationToken cancellationToken);
}

/// <summary>An award as other modules see it. Amounts are integer pence; <see cref="Status"/> is the award's status name.</summary>
public sealed record AwardSummary(
    long Id,
    string Reference,
    Guid? ComplaintId,
    string? OmbudsmanCaseReference,
    string Status,
    long TotalPence,
    long? ApprovedPence,
    long PaidPence,
    string Band)
{
    /// <summary>Approved, and not rejected or cancelled since: an award a response may promise.</summary>
    public bool IsApproved => ApprovedPence is not null && Status is not ("Rejected" or "Cancelled");
}
