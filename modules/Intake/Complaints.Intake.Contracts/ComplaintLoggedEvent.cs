using Complaints.Kernel.Events;

namespace Complaints.Intake.Contracts;

/// <summary>Published when a complaint is logged; delivered after commit to subscribers in other modules.</summary>
[EventName("complaints.intake.v1.ComplaintLogged")]
public sealed record ComplaintLoggedEvent(Guid ComplaintId, string Reference, string Channel, DateTimeOffset ReceivedAt);
