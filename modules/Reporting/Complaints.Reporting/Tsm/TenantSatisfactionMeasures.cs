namespace Complaints.Reporting.Tsm;

/// <summary>CH01 and CH02 for one reporting year, each figure with the complaints it counted.</summary>
internal sealed record TenantSatisfactionMeasures(
    Contracts.ReportingYear Year, int LowCostRentalHomes, int LowCostHomeOwnershipHomes,
    Measure Ch01Stage1, Measure Ch01Stage2, Measure Ch02Stage1, Measure Ch02Stage2);

/// <summary>One figure: its value, what it divides, the rule it follows, and every complaint it counted.</summary>
internal sealed record Measure(string Code, double? Value, int Numerator, int Denominator, string Rule, IReadOnlyList<CountedComplaint> Complaints);

/// <summary>A complaint a figure counted: the instant that put it in the year, and for CH02 whether it was in time.</summary>
internal sealed record CountedComplaint(Guid ComplaintId, string Reference, DateTimeOffset At, bool? InTime);
