using Complaints.Intake.Domain;

namespace Complaints.Intake.Feedback;

/// <summary>
/// A compliment or general feedback: recorded and counted apart from complaints. Once logged as a complaint it counts
/// as that complaint, never as feedback (the Code: any expression of dissatisfaction is a complaint).
/// </summary>
internal sealed class FeedbackRecord
{
    public Guid Id { get; init; }

    /// <summary>Human-readable and unique, e.g. <c>FBK-2026-000042</c>.</summary>
    public required string Reference { get; init; }

    /// <summary>One of the policy profile's kinds, as it was when recorded.</summary>
    public required string Kind { get; init; }

    /// <summary>Whether the kind was a compliment when recorded (kept, so a later profile does not rewrite history).</summary>
    public required bool IsCompliment { get; init; }

    public required ComplaintChannel Channel { get; init; }

    public required string Text { get; set; }

    /// <summary>Empty when anonymous.</summary>
    public required string ResidentReference { get; set; }

    public required bool Anonymous { get; init; }

    public required string ServiceArea { get; init; }

    public string? StaffMember { get; init; }

    public string? Team { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The London month received, as yyyyMM (e.g. 202605): what the counts group by.</summary>
    public required int ReceivedMonth { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public required string RecordedBy { get; init; }

    public string? PassedOnTo { get; set; }

    public DateTimeOffset? PassedOnAt { get; set; }

    public string? PassedOnBy { get; set; }

    public string? ServiceImprovement { get; set; }

    public DateTimeOffset? ServiceImprovementNotedAt { get; set; }

    public string? ServiceImprovementNotedBy { get; set; }

    /// <summary>The complaint it was logged as; null while it is feedback.</summary>
    public Guid? ComplaintId { get; set; }

    public string? ComplaintReference { get; set; }

    public DateTimeOffset? LoggedAsComplaintAt { get; set; }

    public string? LoggedAsComplaintBy { get; set; }
}
