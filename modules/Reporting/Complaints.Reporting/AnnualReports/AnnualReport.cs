using Complaints.Reporting.AnnualReports.SelfAssessment;
using Complaints.Reporting.Contracts;

namespace Complaints.Reporting.AnnualReports;

/// <summary>
/// The annual complaints performance and service-improvement report (Code section 8) for one reporting year, as data:
/// the page renders it, the JSON route serves it, and every figure in it comes from the read models.
/// </summary>
internal sealed record AnnualReport(
    ReportingYear Year,
    string Landlord,
    DateTimeOffset GeneratedAt,
    ComplaintVolumes Volumes,
    IReadOnlyList<StageTimeliness> Timeliness,
    IReadOnlyList<Tally> Refusals,
    OmbudsmanOutcomes Ombudsman,
    IReadOnlyList<ServiceImprovement> ServiceImprovements,
    CompensationPaid Compensation,
    IReadOnlyList<Tally> ComplimentsAndFeedback,
    IReadOnlyList<SelfAssessmentEntry> SelfAssessment);

/// <summary>How many of one kind: a channel, a category, an outcome, a refusal reason.</summary>
internal sealed record Tally(string Code, string Label, int Count);

/// <summary>One line of a month-by-month chart: twelve counts, April first.</summary>
internal sealed record MonthlySeries(string Label, IReadOnlyList<int> Months);

internal sealed record ComplaintVolumes(
    int Stage1Received,
    int Stage2Received,
    IReadOnlyList<MonthlySeries> ByStageAndMonth,
    IReadOnlyList<Tally> ByChannel,
    IReadOnlyList<Tally> ByCategory,
    IReadOnlyList<Tally> ByOutcome);

/// <summary>One stage's clocks in the year: acknowledgements and responses due, and how many met their clock.</summary>
internal sealed record StageTimeliness(int Stage, int Acknowledged, int AcknowledgedInTime, int Responded, int RespondedInTime, int Extended)
{
    public double? AcknowledgedInTimePercent => Percent(AcknowledgedInTime, Acknowledged);

    public double? RespondedInTimePercent => Percent(RespondedInTime, Responded);

    private static double? Percent(int part, int whole) => whole == 0 ? null : Math.Round(part * 100.0 / whole, 1);
}

/// <summary>What the Ombudsman decided in the year, and whether its orders were complied with on time.</summary>
internal sealed record OmbudsmanOutcomes(
    int Referrals, int Determinations, IReadOnlyList<Tally> Findings,
    int OrdersDue, int OrdersCompliedOnTime, int OrdersCompliedLate, int OrdersOutstanding);

/// <summary>A change of policy or process a response promised (the Code's "learning from complaints").</summary>
internal sealed record ServiceImprovement(string ComplaintReference, string Description, DateTimeOffset MadeAt);

internal sealed record CompensationPaid(int Awards, long TotalPence, IReadOnlyList<Amount> ByBand, IReadOnlyList<Amount> ByCategory);

/// <summary>Money of one kind: how much, in pence, and over how many awards where that is a whole number (a band; not a
/// category, since one award's payment is split across its categories).</summary>
internal sealed record Amount(string Code, string Label, int? Count, long Pence);
