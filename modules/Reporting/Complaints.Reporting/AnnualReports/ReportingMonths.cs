using Complaints.Reporting.Contracts;

namespace Complaints.Reporting.AnnualReports;

/// <summary>The twelve months of a reporting year, April first, each as its UTC bounds (months begin at midnight in London).</summary>
internal static class ReportingMonths
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static IReadOnlyList<(DateTimeOffset From, DateTimeOffset Until)> Of(ReportingYear year) =>
        Enumerable.Range(0, 12).Select(i => (Start(year, i), Start(year, i + 1))).ToList();

    private static DateTimeOffset Start(ReportingYear year, int monthsAfterApril)
    {
        var local = new DateTime(year.StartYear, 4, 1).AddMonths(monthsAfterApril);
        return new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
    }
}
