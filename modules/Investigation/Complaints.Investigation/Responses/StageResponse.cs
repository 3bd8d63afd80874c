namespace Complaints.Investigation.Responses;

/// <summary>
/// A stage 1 or stage 2 response as the Code requires it: the stage, the complaint definition, a decision with reasons
/// for each point, any remedy, outstanding actions, and how to escalate (to stage 2, or to the Ombudsman).
/// </summary>
internal sealed class StageResponse
{
    public long Id { get; init; }

    public required Guid ComplaintId { get; init; }

    public required int Stage { get; init; }

    public required string ComplaintDefinition { get; init; }

    public required List<PointDecision> Decisions { get; init; }

    public required List<Remedy> Remedies { get; init; }

    public required List<OutstandingAction> OutstandingActions { get; init; }

    public required string EscalationInformation { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public required string IssuedBy { get; init; }

    /// <summary>Theme codes from the profile's <c>investigation.learning.themes</c>: what the complaint teaches.</summary>
    public List<string> Themes { get; init; } = [];

    /// <summary>Root-cause codes from the profile's <c>investigation.learning.rootCauses</c>.</summary>
    public List<string> RootCauses { get; init; } = [];
}

internal sealed record PointDecision(string Point, DecisionOutcome Outcome, string Reasons);

internal sealed record Remedy(RemedyKind Kind, string Description, long? AmountPence, string? AwardReference = null);

internal sealed record OutstandingAction(string Description, DateOnly DueOn);

/// <summary>The proto enums' numbers match these by design.</summary>
internal enum DecisionOutcome
{
    Upheld = 1,
    PartlyUpheld = 2,
    NotUpheld = 3,
}

internal enum RemedyKind
{
    Apology = 1,
    Explanation = 2,
    Action = 3,
    Compensation = 4,
    ChangeOfPolicyOrProcess = 5,
}
