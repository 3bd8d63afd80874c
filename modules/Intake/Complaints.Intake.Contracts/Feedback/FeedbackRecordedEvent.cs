using Complaints.Kernel.Events;

namespace Complaints.Intake.Contracts;

/// <summary>
/// Published when a compliment or feedback is recorded: never a complaint, so nothing that counts complaints counts
/// it. <see cref="OccurredAt"/> is when the landlord received it; <see cref="Kind"/> is the policy profile's code.
/// </summary>
[EventName("complaints.intake.v1.FeedbackRecorded")]
public sealed record FeedbackRecordedEvent(
    Guid FeedbackId, string Reference, string Kind, bool IsCompliment, string ServiceArea, string Channel, DateTimeOffset OccurredAt);
