using Complaints.Intake.Domain;
using Complaints.Kernel.Pipeline;

namespace Complaints.Intake.Log;

/// <summary>Log an expression of dissatisfaction as a complaint (message <c>LogComplaint</c>).</summary>
internal sealed record LogComplaintCommand(
    ComplaintChannel? Channel,
    string Description,
    string ResidentReference,
    DateTimeOffset? ReceivedAt,
    string? IdempotencyKey) : ICommand<LoggedComplaint>, IIdempotentCommand;

/// <summary>The new complaint's id and reference.</summary>
internal sealed record LoggedComplaint(Guid Id, string Reference);
