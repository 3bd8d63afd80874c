using Complaints.Reporting.Contracts;

namespace Complaints.Reporting.Tests;

public sealed class ReportingYearTests
{
    [Fact]
    public void Bounds_WhenYearStartsIn2026_AreLondonMidnightsOnFirstApril()
    {
        var year = new ReportingYear(2026);

        // 1 April is in British Summer Time (UTC+1) both years.
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 23, 0, 0, TimeSpan.Zero), year.From.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2027, 3, 31, 23, 0, 0, TimeSpan.Zero), year.Until.ToUniversalTime());
    }

    [Fact]
    public void Contains_WhenInstantIsOnABoundary_CountsTheStartAndNotTheEnd()
    {
        var year = new ReportingYear(2026);

        Assert.True(year.Contains(year.From));
        Assert.False(year.Contains(year.Until));
        Assert.False(year.Contains(year.From.AddTicks(-1)));
    }
}
