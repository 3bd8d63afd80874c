using Complaints.Kernel.Events;

namespace Complaints.VexatiousBehaviour.Contracts;

// A contact restriction's course, for Reporting and any system following the event log. No resident reference and no
// free text: the log is kept for good, and the conduct case's own record holds the rest.

/// <summary>
/// The panel decided a restriction: what kind, from and to when, when it is first reviewed, whether it was imposed
/// without a warning on an immediate risk, and when it was decided.
/// </summary>
[EventName("complaints.vexatious_behaviour.v1.RestrictionDecided")]
public sealed record RestrictionDecidedEvent(
    long RestrictionId, string Reference, string CaseReference, RestrictionKind Kind, DateOnly StartsOn, DateOnly EndsOn, DateOnly ReviewDueOn,
    bool ImmediateRisk, string DecidedBy, DateTimeOffset OccurredAt);

/// <summary>A restriction was reviewed: continued, extended (its new end) or lifted; the next review is due on <see cref="ReviewDueOn"/>.</summary>
[EventName("complaints.vexatious_behaviour.v1.RestrictionReviewed")]
public sealed record RestrictionReviewedEvent(
    long RestrictionId, string Reference, RestrictionReviewOutcome Outcome, DateOnly EndsOn, DateOnly ReviewDueOn, string ReviewedBy, DateTimeOffset OccurredAt);

/// <summary>A restriction stopped before its end: at a review, lifted early, or because an appeal was upheld.</summary>
[EventName("complaints.vexatious_behaviour.v1.RestrictionLifted")]
public sealed record RestrictionLiftedEvent(long RestrictionId, string Reference, RestrictionLiftedBecause Because, DateTimeOffset OccurredAt);

/// <summary>The resident appealed against a restriction.</summary>
[EventName("complaints.vexatious_behaviour.v1.RestrictionAppealed")]
public sealed record RestrictionAppealedEvent(long RestrictionId, string Reference, long AppealId, DateTimeOffset OccurredAt);

/// <summary>An appeal against a restriction was decided: upheld (the restriction is lifted) or dismissed.</summary>
[EventName("complaints.vexatious_behaviour.v1.RestrictionAppealDecided")]
public sealed record RestrictionAppealDecidedEvent(long RestrictionId, string Reference, long AppealId, bool Upheld, DateTimeOffset OccurredAt);
