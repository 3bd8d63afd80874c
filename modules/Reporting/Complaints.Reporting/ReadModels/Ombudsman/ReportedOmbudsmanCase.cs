namespace Complaints.Reporting.ReadModels.Ombudsman;

/// <summary>
/// One Ombudsman case (table <c>reporting_ombudsman_cases</c>): the complaints referred, when referred and when
/// determined, by the Ombudsman's day and by the instant it was recorded as happening. Findings and orders are rows of
/// their own.
/// </summary>
internal sealed class ReportedOmbudsmanCase
{
    public required string OmbudsmanCaseReference { get; init; }

    public long? ReferralId { get; set; }

    /// <summary>Read back whole, never queried: one JSON column.</summary>
    public List<Guid> ComplaintIds { get; set; } = [];

    public DateOnly? ReferredOn { get; set; }

    public DateTimeOffset? ReferredAt { get; set; }

    public DateOnly? DeterminedOn { get; set; }

    /// <summary>Null for a determination logged before events carried their instant.</summary>
    public DateTimeOffset? DeterminedAt { get; set; }
}
