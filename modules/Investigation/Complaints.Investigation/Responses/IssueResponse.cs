using Complaints.Kernel.Pipeline;

namespace Complaints.Investigation.Responses;

/// <summary>Issue the stage 1 or stage 2 response (message <c>IssueResponse</c>); null values are ones not given.</summary>
internal sealed record IssueResponseCommand(
    Guid ComplaintId,
    int Stage,
    string ComplaintDefinition,
    IReadOnlyList<DecisionInput> Decisions,
    IReadOnlyList<RemedyInput> Remedies,
    IReadOnlyList<ActionInput> OutstandingActions,
    string EscalationInformation,
    DateTimeOffset? OccurredAt,
    int? ExpectedVersion = null) : ICommand<long>;

internal sealed record DecisionInput(string Point, DecisionOutcome? Outcome, string Reasons);

internal sealed record RemedyInput(RemedyKind? Kind, string Description, long? AmountPence);

internal sealed record ActionInput(string Description, DateOnly? DueOn);
