using Complaints.Kernel.Events;

namespace Complaints.Lifecycle.Contracts;

/// <summary>
/// Published when a transition meets one of the landlord's clocks (<c>stage1.acknowledge</c>, <c>stage1.respond</c>,
/// <c>stage2.acknowledge</c>, <c>stage2.respond</c>…): when it was due, when it was met, whether on time, and the
/// extension in force (<see cref="ExtendedByWorkingDays"/> &gt; 0, with <see cref="DueByBeforeExtension"/>), so a report
/// keeps the lifecycle's verdict and never recomputes it. <see cref="OccurredAt"/> is the transition's instant.
/// </summary>
[EventName("complaints.lifecycle.v1.ComplaintClockSettled")]
public sealed record ComplaintClockSettledEvent(
    Guid ComplaintId, string Clock, DateTimeOffset DueBy, DateTimeOffset MetAt, bool MetOnTime, int ExtendedByWorkingDays,
    DateTimeOffset? DueByBeforeExtension, DateTimeOffset OccurredAt);
