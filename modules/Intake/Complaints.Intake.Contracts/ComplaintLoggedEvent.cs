using Complaints.Kernel.Events;

namespace Complaints.Intake.Contracts;

/// <summary>
/// Published when a complaint is logged; delivered after commit to subscribers in other modules. The resident's and the
/// property's references are the housing management system's (empty or null when the complaint gave none);
/// <see cref="Category"/> is a code from the policy profile's <c>intake.complaintCategories</c>, when one was given.
/// </summary>
[EventName("complaints.intake.v1.ComplaintLogged")]
public sealed record ComplaintLoggedEvent(
    Guid ComplaintId, string Reference, string Channel, DateTimeOffset ReceivedAt, string ResidentReference = "", string? PropertyReference = null,
    string? Category = null);
