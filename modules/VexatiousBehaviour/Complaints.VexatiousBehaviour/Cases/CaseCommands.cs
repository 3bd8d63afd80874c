using Complaints.Kernel.Pipeline;
using Complaints.VexatiousBehaviour.Contracts;
using Complaints.VexatiousBehaviour.Domain;

namespace Complaints.VexatiousBehaviour.Cases;

/// <summary>Open a conduct case (message <c>OpenConductCase</c>); returns its id.</summary>
internal sealed record OpenConductCaseCommand(string ResidentReference, string? RepresentativeName, string Summary, string? IdempotencyKey, DateTimeOffset? OccurredAt)
    : ICommand<long>, IIdempotentCommand;

/// <summary>Record an incident on a case (message <c>RecordIncident</c>); returns the case id.</summary>
internal sealed record RecordIncidentCommand(
    long CaseId, DateTimeOffset? OccurredAt, ContactChannel Channel, Behaviour? Behaviour, string Description, string Evidence, Guid? ComplaintId)
    : ICommand<long>;

/// <summary>Warn the resident (message <c>IssueWarning</c>); returns the case id.</summary>
internal sealed record IssueWarningCommand(
    long CaseId, WarningLevel? Level, IReadOnlyList<Behaviour> Behaviours, string Consequences, string Letter, DateTimeOffset? OccurredAt)
    : ICommand<long>;
