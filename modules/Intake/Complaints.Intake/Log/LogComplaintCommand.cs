using Complaints.Intake.Domain;
using Complaints.Kernel.Pipeline;

namespace Complaints.Intake.Log;

/// <summary>Log an expression of dissatisfaction as a complaint (message <c>LogComplaint</c>).</summary>
internal sealed record LogComplaintCommand(
    ComplaintChannel? Channel,
    string Description,
    string ResidentReference,
    DateTimeOffset? ReceivedAt,
    string? IdempotencyKey,
    DateTimeOffset? IssueOccurredAt = null,
    DateTimeOffset? ResidentAwareAt = null,
    bool Safeguarding = false,
    bool HealthAndSafety = false,
    bool BuildingSafety = false,
    bool Anonymous = false,
    IReadOnlyList<string>? Points = null,
    string? DesiredOutcome = null,
    Representative? Representative = null,
    IReadOnlyList<string>? ReasonableAdjustments = null,
    IReadOnlyList<string>? Vulnerabilities = null,
    Guid? ServiceRequestId = null) : ICommand<LoggedComplaint>, IIdempotentCommand;

/// <summary>The new complaint's id and reference.</summary>
internal sealed record LoggedComplaint(Guid Id, string Reference);
