using Complaints.Kernel.Pipeline;

namespace Complaints.Intake.Feedback;

/// <summary>A compliment was passed on to the staff member or team it names (message <c>RecordComplimentPassedOn</c>).</summary>
internal sealed record RecordComplimentPassedOnCommand(Guid FeedbackId, string PassedOnTo, DateTimeOffset? OccurredAt)
    : ICommand<RecordedFeedback>;

/// <summary>What was done with the feedback: the service improvement it led to (message <c>RecordServiceImprovement</c>).</summary>
internal sealed record RecordServiceImprovementCommand(Guid FeedbackId, string Description, DateTimeOffset? OccurredAt)
    : ICommand<RecordedFeedback>;

/// <summary>
/// The feedback expresses dissatisfaction (message <c>LogFeedbackAsComplaint</c>): logged as a complaint through
/// LogComplaint, the feedback then counts as that complaint.
/// </summary>
internal sealed record LogFeedbackAsComplaintCommand(
    Guid FeedbackId, string? Description, DateTimeOffset? ReceivedAt, IReadOnlyList<string> Points, string? DesiredOutcome, string? IdempotencyKey)
    : ICommand<FeedbackLoggedAsComplaint>, IIdempotentCommand;

/// <summary>The feedback and the complaint logged from it.</summary>
internal sealed record FeedbackLoggedAsComplaint(Guid FeedbackId, Guid ComplaintId);
