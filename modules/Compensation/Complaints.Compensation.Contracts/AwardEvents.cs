using Complaints.Kernel.Events;

namespace Complaints.Compensation.Contracts;

// An award's course, for Reporting's compensation figures and any system following the event log. Each carries the
// instant it happened (the caller's occurred_at, or when recorded), never free text: the log is kept for good.

/// <summary>An award was proposed: its total, its lines added up by category, and the remedy band the total falls in.</summary>
[EventName("complaints.compensation.v1.AwardProposed")]
public sealed record AwardProposedEvent(
    long AwardId, string Reference, Guid? ComplaintId, string? OmbudsmanCaseReference, long TotalPence, IReadOnlyList<CategoryAmount> Categories,
    string Band, DateOnly AwardedOn, string ProposedBy, DateTimeOffset OccurredAt);

/// <summary>An award was approved, by whom, for how much, by category, in which remedy band.</summary>
[EventName("complaints.compensation.v1.AwardApproved")]
public sealed record AwardApprovedEvent(
    long AwardId, string Reference, Guid? ComplaintId, string? OmbudsmanCaseReference, long ApprovedPence, IReadOnlyList<CategoryAmount> Categories,
    string Band, string ApprovedBy, DateTimeOffset OccurredAt);

/// <summary>A proposed award was rejected (it is proposed again, not edited).</summary>
[EventName("complaints.compensation.v1.AwardRejected")]
public sealed record AwardRejectedEvent(long AwardId, string Reference, Guid? ComplaintId, string RejectedBy, DateTimeOffset OccurredAt);

/// <summary>The resident answered the offer: accepted, declined, or no reply after it was chased.</summary>
[EventName("complaints.compensation.v1.AwardOfferAnswered")]
public sealed record AwardOfferAnsweredEvent(long AwardId, string Reference, Guid? ComplaintId, OfferAnswer Answer, DateTimeOffset OccurredAt);

/// <summary>An award nothing had been paid on was cancelled.</summary>
[EventName("complaints.compensation.v1.AwardCancelled")]
public sealed record AwardCancelledEvent(long AwardId, string Reference, Guid? ComplaintId, DateTimeOffset OccurredAt);

/// <summary>
/// Money was paid against an award, in part or in full: this payment's amount, the total paid so far, the day it was
/// paid and when it was recorded as happening. A payment recorded again under the same reference publishes nothing.
/// </summary>
[EventName("complaints.compensation.v1.AwardPaid")]
public sealed record AwardPaidEvent(
    long AwardId, string Reference, Guid? ComplaintId, long PaymentId, long AmountPence, long PaidPence, bool PaidInFull, DateOnly PaidOn,
    CompensationPaymentMethod Method, DateTimeOffset OccurredAt);
