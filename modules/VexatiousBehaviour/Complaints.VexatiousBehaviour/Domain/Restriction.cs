using Complaints.Kernel.Persistence;

namespace Complaints.VexatiousBehaviour.Domain;

/// <summary>
/// A contact restriction the panel decided: what, the permitted route, from when to when, the considerations the
/// decision recorded, and its reviews and appeals. Its status on a day is worked out, not stored: it lapses at its
/// end unless a review extended it.
/// </summary>
internal sealed class Restriction : IVersioned
{
    public long Id { get; init; }

    public required long CaseId { get; init; }

    /// <summary>The case reference and a number, e.g. <c>UBC-2026-000007/1</c>.</summary>
    public required string Reference { get; init; }

    /// <summary>Copied from the case so a contact check reads one table.</summary>
    public required string ResidentReference { get; init; }

    public required RestrictionType Type { get; init; }

    public required string PermittedRoute { get; init; }

    public string Details { get; init; } = "";

    public required DateOnly StartsOn { get; init; }

    public required DateOnly EndsOn { get; set; }

    public required DateOnly ReviewDueOn { get; set; }

    public required List<PanelMember> Panel { get; init; }

    public required RestrictionConsiderations Considerations { get; init; }

    public required string DecidedBy { get; init; }

    public required DateTimeOffset DecidedAt { get; init; }

    public List<Review> Reviews { get; set; } = [];

    public DateTimeOffset? LiftedAt { get; set; }

    public int Version { get; set; }

    public RestrictionStatus StatusOn(DateOnly day, DateTimeOffset instant) =>
        LiftedAt is { } lifted && lifted <= instant ? RestrictionStatus.Lifted
        : day < StartsOn ? RestrictionStatus.Scheduled
        : day > EndsOn ? RestrictionStatus.Lapsed
        : RestrictionStatus.Active;
}

/// <summary>The proto enum's numbers match these by design.</summary>
internal enum RestrictionType
{
    SinglePointOfContact = 1,
    WrittenContactOnly = 2,
    LimitedCalls = 3,
    NoVisits = 4,
    AnswerOnlyNewMatters = 5,
    NoEscalationOfAbusiveCorrespondence = 6,
}

internal enum RestrictionStatus
{
    Scheduled = 1,
    Active = 2,
    Lapsed = 3,
    Lifted = 4,
}

internal sealed record PanelMember(string Id, string Name, string? ConflictOfInterest);

/// <summary>What the decision weighed: an immediate risk (only to skip the warning), vulnerability, the Equality Act, adjustments, an advocate, proportionality.</summary>
internal sealed record RestrictionConsiderations(
    string? ImmediateRisk,
    string Vulnerability,
    string EqualityAct,
    IReadOnlyList<string> ReasonableAdjustments,
    bool AdvocateOffered,
    string Proportionality);

internal enum ReviewOutcome
{
    Continue = 1,
    Extend = 2,
    Lift = 3,
}

internal sealed record Review(ReviewOutcome Outcome, string Reasons, string ReviewedBy, DateTimeOffset ReviewedAt, DateOnly EndsOn);

internal enum AppealOutcome
{
    Upheld = 1,
    Dismissed = 2,
}

/// <summary>The resident's appeal against a restriction, decided by someone who did not sit on its panel.</summary>
internal sealed class Appeal : IVersioned
{
    public long Id { get; init; }

    public required long RestrictionId { get; init; }

    public required long CaseId { get; init; }

    public required string Grounds { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public AppealOutcome? Outcome { get; set; }

    public string? Reasons { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public int Version { get; set; }
}
