using Complaints.Kernel.Events;

namespace Complaints.Intake.Contracts;

/// <summary>
/// Published when a complaint is logged; delivered after commit to subscribers in other modules. The resident's and the
/// property's references are the housing management system's (empty or null when the complaint gave none).
/// </summary>
[EventName("complaints.intake.v1.ComplaintLogged")]
public sealed record ComplaintLoggedEvent(
    Guid ComplaintId, string Reference, string Channel, DateTimeOffset ReceivedAt, string ResidentReference = "", string? PropertyReference = null);
