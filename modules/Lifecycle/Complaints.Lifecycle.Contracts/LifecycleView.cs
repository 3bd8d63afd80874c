namespace Complaints.Lifecycle.Contracts;

/// <summary>
/// A complaint's stage as of an instant, the triggers allowed from it, the landlord's clocks, its history, and the
/// resident's own windows (e.g. the time to ask for stage 2), which are not landlord deadlines. <see cref="Version"/> is
/// the case's current version (every transition bumps it), for a caller's <c>expected_version</c>.
/// </summary>
public sealed record LifecycleView(
    Guid ComplaintId,
    ComplaintStage Stage,
    DateTimeOffset EnteredStageAt,
    IReadOnlyList<ComplaintTrigger> PermittedTriggers,
    IReadOnlyList<ClockView> Clocks,
    IReadOnlyList<StageTransitionView> History,
    IReadOnlyList<ClockView> ResidentWindows,
    int Version);

/// <summary>One recorded stage change: who, when, why, from, to (and an extension's days and agreement).</summary>
public sealed record StageTransitionView(
    ComplaintStage? From,
    ComplaintStage To,
    string Trigger,
    string Actor,
    DateTimeOffset OccurredAt,
    string? Reason,
    int? ExtensionWorkingDays,
    bool? ResidentAgreed);

/// <summary>
/// A deadline of the Code or the landlord's policy: when it started, the working day it is due by (whole days,
/// due at the end of that day in London), whether it was met, and its status as of the view's instant. When extended,
/// <see cref="DueByBeforeExtension"/> is when it was due without the extension.
/// </summary>
public sealed record ClockView(
    string Name,
    DateTimeOffset StartedAt,
    DateOnly DueOn,
    DateTimeOffset DueBy,
    DateTimeOffset? StoppedAt,
    ClockStatus Status,
    int ExtendedByWorkingDays,
    string Clause,
    bool Provisional = false,
    DateTimeOffset? DueByBeforeExtension = null);

public enum ClockStatus
{
    OnTrack,
    DueSoon,
    Overdue,
    MetOnTime,
    MetLate,

    /// <summary>Stopped without its step happening: the complaint was withdrawn, closed or moved on.</summary>
    Stopped,
}
