namespace Complaints.VexatiousBehaviour.Contracts;

/// <summary>What a contact restriction limits.</summary>
public enum RestrictionKind
{
    SinglePointOfContact = 1,
    WrittenContactOnly = 2,
    LimitedCalls = 3,
    NoVisits = 4,
    AnswerOnlyNewMatters = 5,
    NoEscalationOfAbusiveCorrespondence = 6,
}

/// <summary>What a review of a restriction decided.</summary>
public enum RestrictionReviewOutcome
{
    Continue = 1,
    Extend = 2,
    Lift = 3,
}

/// <summary>Why a restriction stopped before its end.</summary>
public enum RestrictionLiftedBecause
{
    Review = 1,
    LiftedEarly = 2,
    AppealUpheld = 3,
}
