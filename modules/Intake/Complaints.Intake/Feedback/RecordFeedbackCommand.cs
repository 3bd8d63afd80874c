using Complaints.Intake.Domain;
using Complaints.Kernel.Pipeline;

namespace Complaints.Intake.Feedback;

/// <summary>Record a compliment or general feedback (message <c>RecordFeedback</c>): not a complaint, counted apart.</summary>
internal sealed record RecordFeedbackCommand(
    string Kind,
    ComplaintChannel? Channel,
    string Text,
    string ResidentReference,
    bool Anonymous,
    string ServiceArea,
    string? StaffMember,
    string? Team,
    DateTimeOffset? ReceivedAt,
    string? IdempotencyKey) : ICommand<RecordedFeedback>, IIdempotentCommand;

/// <summary>The compliment's or feedback's id and reference.</summary>
internal sealed record RecordedFeedback(Guid Id, string Reference);
