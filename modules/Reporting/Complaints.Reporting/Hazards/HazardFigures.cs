using Complaints.Reporting.Contracts;

namespace Complaints.Reporting.Hazards;

/// <summary>Awaab's Law for the Board, month by month of a reporting year, per hazard kind and in total.</summary>
internal sealed record HazardFigures(ReportingYear Year, IReadOnlyList<HazardMonth> Months, IReadOnlyList<HazardKindFigures> YearByKind, HazardCounts YearTotal);

/// <summary>One month (London): its figures per kind that had any, and in total.</summary>
internal sealed record HazardMonth(DateOnly Month, IReadOnlyList<HazardKindFigures> ByKind, HazardCounts Total);

internal sealed record HazardKindFigures(string Kind, string KindName, HazardCounts Counts);

/// <summary>
/// Reported: hazards the landlord became aware of. ClocksMissed: clocks that fell due unmet. OverdueAtEnd: hazards with a
/// missed clock still unmet and still running at the end of the period (the Board's "overdue hazards"). Offers: offers
/// of alternative accommodation, and the households (hazards) they went to. Hazards whose tenure the regulations do not
/// reach are left out of every figure.
/// </summary>
internal sealed record HazardCounts(int ReportedEmergency, int ReportedSignificant, int ClocksMissed, int OverdueAtEnd, int AccommodationOffers, int HouseholdsOffered)
{
    public static readonly HazardCounts None = new(0, 0, 0, 0, 0, 0);

    public bool IsEmpty => this == None;
}
