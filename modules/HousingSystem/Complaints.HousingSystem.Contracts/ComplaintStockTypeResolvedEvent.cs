using Complaints.Kernel.Events;

namespace Complaints.HousingSystem.Contracts;

/// <summary>
/// Published when a complaint's resident is resolved through the HMS and their tenancy's tenure implies a stock type
/// (mapped by the policy profile's <c>housingSystem.stockTypeByTenure</c>), so the Tenant Satisfaction Measures can be
/// reported per stock type. Never published when the resident has no tenancy: the stock type stays unknown.
/// </summary>
[EventName("complaints.housing_system.v1.ComplaintStockTypeResolved")]
public sealed record ComplaintStockTypeResolvedEvent(Guid ComplaintId, StockType StockType, TenureType TenureType, DateTimeOffset OccurredAt);

/// <summary>The Regulator's stock types: the Tenant Satisfaction Measures are reported for each of the first two.</summary>
public enum StockType
{
    LowCostRental,
    LowCostHomeOwnership,

    /// <summary>Neither (e.g. market rent, temporary accommodation): counted in the all-stock total only.</summary>
    Other,
}
