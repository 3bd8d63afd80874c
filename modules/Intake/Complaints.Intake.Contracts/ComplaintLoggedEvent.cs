namespace Complaints.Intake.Contracts;

/// <summary>Published when a complaint is logged; delivered after commit to subscribers in other modules.</summary>
public sealed record ComplaintLoggedEvent(Guid ComplaintId, string Reference, string Channel, DateTimeOffset ReceivedAt);
