namespace Complaints.Intake.Contracts;

/// <summary>
/// Published when a complaint is logged; delivered after commit to subscribers in other modules. The resident's and the
/// property's references are the housing management system's (empty or null when the complaint gave none).
/// </summary>
public sealed record ComplaintLoggedEvent(
    Guid ComplaintId, string Reference, string Channel, DateTimeOffset ReceivedAt, string ResidentReference = "", string? PropertyReference = null);
