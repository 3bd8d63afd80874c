using Complaints.Kernel.Events;

namespace Complaints.Intake.Contracts;

/// <summary>
/// Published when feedback turned out to be dissatisfaction and was logged as a complaint (the complaint's own
/// <c>ComplaintLogged</c> comes in the same transaction): from then on it counts as the complaint, not as feedback.
/// </summary>
[EventName("complaints.intake.v1.FeedbackLoggedAsComplaint")]
public sealed record FeedbackLoggedAsComplaintEvent(
    Guid FeedbackId, string FeedbackReference, string Kind, Guid ComplaintId, string ComplaintReference, DateTimeOffset OccurredAt);
