namespace Complaints.Reporting.ReadModels.Awards;

/// <summary>
/// One compensation award as the annual report needs it (table <c>reporting_awards</c>): its band, when it was
/// approved and for how much, and what has been paid. Its categories and payments are rows of their own.
/// </summary>
internal sealed class ReportedAward
{
    public required long AwardId { get; init; }

    public string? Reference { get; set; }

    public Guid? ComplaintId { get; set; }

    public string? OmbudsmanCaseReference { get; set; }

    /// <summary>The remedy band the total fell in when proposed (the landlord's configured band names).</summary>
    public string? Band { get; set; }

    public long? TotalPence { get; set; }

    public DateTimeOffset? ProposedAt { get; set; }

    public long? ApprovedPence { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public DateTimeOffset? RejectedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>The resident's last answer to the offer, when there was one.</summary>
    public Compensation.Contracts.OfferAnswer? OfferAnswer { get; set; }

    public long PaidPence { get; set; }

    /// <summary>The day the last of the approved amount was paid.</summary>
    public DateOnly? PaidInFullOn { get; set; }

    /// <summary>When the last payment was recorded as happening.</summary>
    public DateTimeOffset? LastPaidAt { get; set; }
}
