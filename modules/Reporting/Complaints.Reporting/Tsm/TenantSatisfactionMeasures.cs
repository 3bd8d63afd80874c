using Complaints.HousingSystem.Contracts;
using Complaints.Reporting.Policy;

namespace Complaints.Reporting.Tsm;

/// <summary>CH01 and CH02 for one reporting year, for all stock and per stock type, with the counting rule in force.</summary>
internal sealed record TenantSatisfactionMeasures(
    Contracts.ReportingYear Year, TsmCountingRule Rule, int LowCostRentalHomes, int LowCostHomeOwnershipHomes,
    StockFigures AllStock, IReadOnlyList<StockFigures> ByStockType);

/// <summary>
/// The four figures for one stock type (null: never known), or for all stock (<see cref="AllStock"/>), and the homes
/// CH01 divides by (0 where the landlord reports none, so no CH01 value).
/// </summary>
internal sealed record StockFigures(StockType? StockType, bool AllStock, int Homes, Measure Ch01Stage1, Measure Ch01Stage2, Measure Ch02Stage1, Measure Ch02Stage2);

/// <summary>One figure: its value, what it divides and the rule it follows.</summary>
internal sealed record Measure(string Code, double? Value, int Numerator, int Denominator, string Rule);

/// <summary>The counts behind the figures for one stock type, as one GROUP BY row.</summary>
internal sealed record StockCounts(StockType? StockType, int Ch01Stage1, int Ch01Stage2, int Ch02Stage1, int Ch02Stage1InTime, int Ch02Stage2, int Ch02Stage2InTime);
