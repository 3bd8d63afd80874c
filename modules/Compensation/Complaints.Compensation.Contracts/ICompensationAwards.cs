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

    /// <summary>
    /// Proposes the award an Ombudsman compensation order requires (one line for the ordered sum), proposed by the
    /// caller, for compensation officers to approve within their limits and pay; an order is paid once approved.
    /// </summary>
    Task<AwardSummary> ProposeForOrderAsync(OrderAward order, CancellationToken cancellationToken);
}

/// <summary>An Ombudsman compensation order: the case, the complaint (if logged here), what was ordered, the sum and the date.</summary>
public sealed record OrderAward(string OmbudsmanCaseReference, Guid? ComplaintId, string Description, long AmountPence, DateOnly OrderedOn);

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
