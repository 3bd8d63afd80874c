using Complaints.VexatiousBehaviour.Contracts;
using Complaints.VexatiousBehaviour.Domain;

namespace Complaints.VexatiousBehaviour.Restrictions;

/// <summary>A restriction's events as the contracts state them, enums mapped one by one.</summary>
internal static class RestrictionEvents
{
    public static RestrictionDecidedEvent Decided(Restriction restriction, string caseReference) =>
        new(restriction.Id, restriction.Reference, caseReference, Kind(restriction.Type), restriction.StartsOn, restriction.EndsOn,
            restriction.ReviewDueOn, restriction.Considerations.ImmediateRisk is not null, restriction.DecidedBy, restriction.DecidedAt);

    public static RestrictionReviewedEvent Reviewed(Restriction restriction, Review review) =>
        new(restriction.Id, restriction.Reference, Outcome(review.Outcome), restriction.EndsOn, restriction.ReviewDueOn, review.ReviewedBy, review.ReviewedAt);

    public static RestrictionLiftedEvent Lifted(Restriction restriction, RestrictionLiftedBecause because) =>
        new(restriction.Id, restriction.Reference, because, restriction.LiftedAt!.Value);

    private static RestrictionKind Kind(RestrictionType type) => type switch
    {
        RestrictionType.SinglePointOfContact => RestrictionKind.SinglePointOfContact,
        RestrictionType.WrittenContactOnly => RestrictionKind.WrittenContactOnly,
        RestrictionType.LimitedCalls => RestrictionKind.LimitedCalls,
        RestrictionType.NoVisits => RestrictionKind.NoVisits,
        RestrictionType.AnswerOnlyNewMatters => RestrictionKind.AnswerOnlyNewMatters,
        RestrictionType.NoEscalationOfAbusiveCorrespondence => RestrictionKind.NoEscalationOfAbusiveCorrespondence,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static RestrictionReviewOutcome Outcome(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Continue => RestrictionReviewOutcome.Continue,
        ReviewOutcome.Extend => RestrictionReviewOutcome.Extend,
        ReviewOutcome.Lift => RestrictionReviewOutcome.Lift,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
