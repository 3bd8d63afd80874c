using Complaints.OmbudsmanLiaison.Contracts;
using Complaints.OmbudsmanLiaison.Domain;

namespace Complaints.OmbudsmanLiaison.Determinations;

/// <summary>The module's findings and order types as the contracts state them, one by one.</summary>
internal static class OmbudsmanEventMapping
{
    public static OmbudsmanFinding Finding(Finding finding) => finding switch
    {
        Domain.Finding.NoMaladministration => OmbudsmanFinding.NoMaladministration,
        Domain.Finding.ServiceFailure => OmbudsmanFinding.ServiceFailure,
        Domain.Finding.Maladministration => OmbudsmanFinding.Maladministration,
        Domain.Finding.SevereMaladministration => OmbudsmanFinding.SevereMaladministration,
        Domain.Finding.Mediation => OmbudsmanFinding.Mediation,
        Domain.Finding.Redress => OmbudsmanFinding.Redress,
        Domain.Finding.OutsideJurisdiction => OmbudsmanFinding.OutsideJurisdiction,
        Domain.Finding.Withdrawn => OmbudsmanFinding.Withdrawn,
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding, null),
    };

    public static OmbudsmanOrderType OrderType(OrderType type) => type switch
    {
        Domain.OrderType.Apology => OmbudsmanOrderType.Apology,
        Domain.OrderType.Compensation => OmbudsmanOrderType.Compensation,
        Domain.OrderType.Works => OmbudsmanOrderType.Works,
        Domain.OrderType.ReviewOfPolicy => OmbudsmanOrderType.ReviewOfPolicy,
        Domain.OrderType.StaffTraining => OmbudsmanOrderType.StaffTraining,
        Domain.OrderType.Other => OmbudsmanOrderType.Other,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
