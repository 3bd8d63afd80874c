using Complaints.Kernel.Calendar;

namespace Complaints.Kernel.Tests.Calendar;

public sealed class BankHolidayDataTests
{
    private static readonly BankHolidayCalendar Data = BankHolidayCalendar.LoadDefault();

    // One-off changes by proclamation, which no rule predicts.
    private static readonly Dictionary<int, (string[] Removed, string[] Added)> OneOffs = new()
    {
        [2020] = (["2020-05-04"], ["2020-05-08"]),                               // Early May moved to VE Day
        [2022] = (["2022-05-30"], ["2022-06-02", "2022-06-03", "2022-09-19"]),   // Platinum Jubilee; State Funeral
        [2023] = ([], ["2023-05-08"]),                                           // Coronation
    };

    [Theory]
    [InlineData(2020)] [InlineData(2021)] [InlineData(2022)] [InlineData(2023)] [InlineData(2024)] [InlineData(2025)]
    [InlineData(2026)] [InlineData(2027)] [InlineData(2028)] [InlineData(2029)] [InlineData(2030)]
    public void DefaultData_ForEachYear_MatchesTheRegularRulesPlusKnownOneOffs(int year)
    {
        var expected = RegularBankHolidayRules.For(year).ToHashSet();
        if (OneOffs.TryGetValue(year, out var oneOff))
        {
            expected.ExceptWith(oneOff.Removed.Select(DateOnly.Parse));
            expected.UnionWith(oneOff.Added.Select(DateOnly.Parse));
        }

        var actual = Data.Holidays.Where(holiday => holiday.Date.Year == year).Select(holiday => holiday.Date);

        Assert.Equal(expected.Order(), actual.Order());
    }

    [Theory]
    [InlineData(2026, "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28")]
    [InlineData(2027, "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28")]
    public void DefaultData_ForTheYearsInDomainDoc_IsExactlyTheDocumentedList(int year, params string[] documented)
    {
        var actual = Data.Holidays.Where(holiday => holiday.Date.Year == year).Select(holiday => holiday.Date);

        Assert.Equal(documented.Select(DateOnly.Parse), actual);
    }

    [Fact]
    public void DefaultData_Range_Is2020To2030()
    {
        Assert.Equal((2020, 2030), (Data.FirstYear, Data.LastYear));
    }

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    public void EasterSunday_ForKnownYears_MatchesPublishedDates(int year, string easter)
    {
        Assert.Equal(DateOnly.Parse(easter), RegularBankHolidayRules.EasterSunday(year));
    }
}
