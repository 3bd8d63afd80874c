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
    int? ExpectedVersion = null,
    IReadOnlyList<string>? Themes = null,
    IReadOnlyList<string>? RootCauses = null) : ICommand<long>;

internal sealed record DecisionInput(string Point, DecisionOutcome? Outcome, string Reasons);

/// <summary>A remedy; compensation states an amount, or names an approved award (whose amount it then carries).</summary>
internal sealed record RemedyInput(RemedyKind? Kind, string Description, long? AmountPence, long? AwardId = null);

internal sealed record ActionInput(string Description, DateOnly? DueOn);
