using Complaints.VexatiousBehaviour.Contracts;

namespace Complaints.Reporting.ReadModels.Restrictions;

/// <summary>
/// A contact restriction (table <c>reporting_restrictions</c>): what kind, when decided, its term, when its next
/// review is due, its reviews, appeal and lifting. No resident is named: the conduct case's reference stands in.
/// </summary>
internal sealed class ReportedRestriction
{
    public required long RestrictionId { get; init; }

    public required string Reference { get; init; }

    public required string CaseReference { get; init; }

    public required RestrictionKind Kind { get; init; }

    public required DateTimeOffset DecidedAt { get; init; }

    /// <summary>Imposed without a prior warning, on a recorded immediate risk.</summary>
    public bool ImmediateRisk { get; init; }

    public required DateOnly StartsOn { get; init; }

    public required DateOnly EndsOn { get; set; }

    public required DateOnly ReviewDueOn { get; set; }

    public int Reviews { get; set; }

    public DateTimeOffset? LastReviewedAt { get; set; }

    public DateTimeOffset? AppealedAt { get; set; }

    /// <summary>Null while no appeal has been decided.</summary>
    public bool? AppealUpheld { get; set; }

    public DateTimeOffset? LiftedAt { get; set; }

    public RestrictionLiftedBecause? LiftedBecause { get; set; }
}
