using Complaints.Kernel.Events;

namespace Complaints.Investigation.Contracts;

/// <summary>
/// Published when a stage 1 or stage 2 response is issued: when (<see cref="IssuedAt"/>, as it happened), the outcome
/// of each point, the kinds of remedy offered, who issued it and the officer handling the stage, and the themes and
/// root causes recorded with it (codes from the policy profile's lists), and the changes of policy or process it made
/// (each such remedy's description: the annual report's "service improvements").
/// </summary>
[EventName("complaints.investigation.v1.ResponseIssued")]
public sealed record ResponseIssuedEvent(
    Guid ComplaintId, long ResponseId, int Stage, DateTimeOffset IssuedAt, IReadOnlyList<PointOutcome> Outcomes, IReadOnlyList<string> RemedyKinds,
    string IssuedBy, string? HandlingOfficer, IReadOnlyList<string> Themes, IReadOnlyList<string> RootCauses,
    IReadOnlyList<string>? ServiceImprovements = null);

/// <summary>The decision on one point of the complaint.</summary>
public sealed record PointOutcome(string Point, ResponseOutcome Outcome);

/// <summary>What a response decided on a point, or on the complaint as a whole (upheld if any point was).</summary>
public enum ResponseOutcome
{
    Upheld,
    PartlyUpheld,
    NotUpheld,
}
