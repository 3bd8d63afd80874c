namespace Complaints.Reporting.ReadModels;

/// <summary>
/// One complaint as the measures need it (table <c>reporting_complaints</c>): when it was received and when it entered
/// and was answered at each stage, each the first time it happened, as the event says it happened (not when recorded).
/// </summary>
internal sealed class ReportedComplaint
{
    public required Guid ComplaintId { get; init; }

    public string? Reference { get; set; }

    public DateTimeOffset? ReceivedAt { get; set; }

    public DateTimeOffset? Stage1EnteredAt { get; set; }

    public DateTimeOffset? Stage1RespondedAt { get; set; }

    public DateTimeOffset? Stage2EnteredAt { get; set; }

    public DateTimeOffset? Stage2RespondedAt { get; set; }

    /// <summary>Declined or treated as a service request: never a stage 1 complaint.</summary>
    public bool NotAccepted { get; set; }

    public bool Withdrawn { get; set; }

    public bool Closed { get; set; }
}
