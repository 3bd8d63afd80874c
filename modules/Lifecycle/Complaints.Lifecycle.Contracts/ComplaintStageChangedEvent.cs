using Complaints.Kernel.Events;

namespace Complaints.Lifecycle.Contracts;

/// <summary>
/// Published with every stage change the lifecycle records — the complaint entering its first stage when logged, each
/// transition after, and re-entries such as an extension — so a system following the event log (the housing
/// management system's webhooks, the event stream) sees a complaint's whole course. <see cref="From"/> is null for the
/// first; <see cref="Version"/> is the complaint's version after the change.
/// </summary>
[EventName("complaints.lifecycle.v1.ComplaintStageChanged")]
public sealed record ComplaintStageChangedEvent(
    Guid ComplaintId, string? Reference, ComplaintStage? From, ComplaintStage To, string Trigger, DateTimeOffset OccurredAt, string Actor, int Version);
