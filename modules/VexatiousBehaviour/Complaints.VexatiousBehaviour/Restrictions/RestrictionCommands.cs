using Complaints.Kernel.Pipeline;
using Complaints.VexatiousBehaviour.Domain;

namespace Complaints.VexatiousBehaviour.Restrictions;

/// <summary>The panel restricts contact (message <c>DecideRestriction</c>); returns the restriction's id.</summary>
internal sealed record DecideRestrictionCommand(
    long CaseId,
    IReadOnlyList<PanelMember> Panel,
    RestrictionType? Type,
    string PermittedRoute,
    string Details,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string? ImmediateRisk,
    string Vulnerability,
    string EqualityAct,
    IReadOnlyList<string> ReasonableAdjustments,
    bool AdvocateOffered,
    string Proportionality,
    string Letter,
    DateTimeOffset? OccurredAt) : ICommand<long>;

/// <summary>Review a restriction (message <c>ReviewRestriction</c>); returns the case id.</summary>
internal sealed record ReviewRestrictionCommand(long RestrictionId, ReviewOutcome? Outcome, string Reasons, DateOnly? NewEndsOn, string Letter, DateTimeOffset? OccurredAt)
    : ICommand<long>;

/// <summary>Lift a restriction early (message <c>LiftRestriction</c>); returns the case id.</summary>
internal sealed record LiftRestrictionCommand(long RestrictionId, string Reasons, string Letter, DateTimeOffset? OccurredAt) : ICommand<long>;

/// <summary>The resident appeals (message <c>RecordAppeal</c>); returns the appeal's id.</summary>
internal sealed record RecordAppealCommand(long RestrictionId, string Grounds, DateTimeOffset? OccurredAt) : ICommand<long>;

/// <summary>Decide an appeal (message <c>DecideAppeal</c>); returns the case id.</summary>
internal sealed record DecideAppealCommand(long AppealId, AppealOutcome? Outcome, string Reasons, string Letter, DateTimeOffset? OccurredAt) : ICommand<long>;
