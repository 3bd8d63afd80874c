using Complaints.Compensation.Contracts;
using Complaints.Hazards.Contracts;
using Complaints.Investigation.Contracts;
using Complaints.VexatiousBehaviour.Contracts;

namespace Complaints.OmbudsmanLiaison.Export;

/// <summary>The evidence pack for one complaint, assembled from the modules' contracts, in the order the Ombudsman reads it.</summary>
internal sealed record CaseFileExport(
    DateTimeOffset GeneratedAt,
    string PolicyProfile,
    ComplaintPart Complaint,
    IReadOnlyList<TransitionPart> Transitions,
    IReadOnlyList<ExtensionPart> Extensions,
    IReadOnlyList<ClockPart> Clocks,
    InvestigationRecord Investigation,
    IReadOnlyList<AwardSummary> Awards,
    IReadOnlyList<RestrictionSummary> Restrictions,
    IReadOnlyList<string> OmbudsmanCases)
{
    /// <summary>Awaab's Law hazards the complaint raised, with their clocks and access attempts (the landlord's reasonable endeavours).</summary>
    public IReadOnlyList<HazardSummary> Hazards { get; init; } = [];
}

internal sealed record ComplaintPart(Guid Id, string Reference, string ResidentReference, string Channel, string Description, IReadOnlyList<string> Points,
    string? NamedOfficer, string Stage);

internal sealed record TransitionPart(DateTimeOffset At, string Actor, string Trigger, string? From, string To, string? Reason);

internal sealed record ExtensionPart(DateTimeOffset At, string Actor, int WorkingDays, bool? ResidentAgreed, string? Reason);

internal sealed record ClockPart(string Name, DateOnly DueOn, string Status, DateTimeOffset? StoppedAt, int ExtendedByWorkingDays, string Clause);
