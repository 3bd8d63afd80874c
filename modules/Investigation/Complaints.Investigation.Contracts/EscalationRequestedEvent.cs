using Complaints.Kernel.Events;

namespace Complaints.Investigation.Contracts;

/// <summary>
/// Published when a resident asks for stage 2 (CH01 counts stage 2 complaints from it); whether the request came
/// within the policy's window, when it has one.
/// </summary>
[EventName("complaints.investigation.v1.EscalationRequested")]
public sealed record EscalationRequestedEvent(Guid ComplaintId, DateTimeOffset RequestedAt, bool? WithinWindow);
