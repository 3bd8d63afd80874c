namespace Complaints.Lifecycle.Contracts;

/// <summary>A complaint's stage as of now, the triggers allowed from it, and its history.</summary>
public sealed record LifecycleView(
    Guid ComplaintId,
    string Stage,
    DateTimeOffset EnteredStageAt,
    IReadOnlyList<string> PermittedTriggers,
    IReadOnlyList<StageTransitionView> History);

/// <summary>One recorded stage change: who, when, why, from, to.</summary>
public sealed record StageTransitionView(string? From, string To, string Trigger, string Actor, DateTimeOffset OccurredAt, string? Reason);
