namespace Complaints.Reporting.Contracts;

/// <summary>A regulatory reporting year: 1 April of <see cref="StartYear"/> to 31 March after, in London time; its bounds are UTC instants.</summary>
public sealed record ReportingYear(int StartYear)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The first instant of the year (midnight starting 1 April in London).</summary>
    public DateTimeOffset From => Midnight(new DateTime(StartYear, 4, 1));

    /// <summary>The first instant after the year (midnight starting 1 April of the next year in London).</summary>
    public DateTimeOffset Until => Midnight(new DateTime(StartYear + 1, 4, 1));

    public bool Contains(DateTimeOffset instant) => instant >= From && instant < Until;

    // In UTC: PostgreSQL takes only offset 0 for timestamptz parameters.
    private static DateTimeOffset Midnight(DateTime local) => new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
}
