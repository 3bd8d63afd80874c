using Complaints.Kernel.Events;

namespace Complaints.Intake.Contracts;

/// <summary>
/// Published when a complaint is not accepted: the policy's exclusion reason code and when the decision was made, so a
/// report can say why complaints were refused without reading Intake's tables.
/// </summary>
[EventName("complaints.intake.v1.ComplaintDeclined")]
public sealed record ComplaintDeclinedEvent(Guid ComplaintId, string ExclusionReason, DateTimeOffset OccurredAt);
