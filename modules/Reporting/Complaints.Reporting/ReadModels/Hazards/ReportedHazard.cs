namespace Complaints.Reporting.ReadModels.Hazards;

/// <summary>
/// An Awaab's Law hazard (table <c>reporting_hazards</c>): what kind, emergency or significant, when the landlord became
/// aware, and whether and why its clocks stopped. No home or resident is named: the hazard's reference stands in.
/// </summary>
internal sealed class ReportedHazard
{
    public required long HazardId { get; init; }

    public required string Reference { get; init; }

    public required string Kind { get; init; }

    public required bool Emergency { get; init; }

    public required DateTimeOffset AwareAt { get; init; }

    public DateTimeOffset? StoppedAt { get; set; }

    /// <summary>HouseholdMoved, NoHazardFound, ConsentNotObtained, or TenureNotCovered (the regulations never applied).</summary>
    public string? StopReason { get; set; }
}

/// <summary>
/// A hazard clock that passed its due instant unmet (table <c>reporting_hazard_misses</c>): when it fell due, and when it
/// was met late, if it has been.
/// </summary>
internal sealed class ReportedHazardMiss
{
    public required long HazardId { get; init; }

    /// <summary>The clock's name, e.g. "significant.investigate".</summary>
    public required string Clock { get; init; }

    public required string Kind { get; init; }

    public required bool Emergency { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    public DateTimeOffset? MetAt { get; set; }
}

/// <summary>An offer of suitable alternative accommodation (table <c>reporting_accommodation_offers</c>).</summary>
internal sealed class ReportedAccommodationOffer
{
    public required long HazardId { get; init; }

    public required DateTimeOffset OfferedAt { get; init; }

    public required string Kind { get; init; }

    public required bool Emergency { get; init; }
}
