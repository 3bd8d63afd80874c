using System.Text.Json;
using Complaints.Kernel.Calendar;

namespace Complaints.Kernel.Tests.Calendar;

public sealed class BankHolidayDataTests
{
    private static readonly BankHolidayCalendar Data = BankHolidayCalendar.LoadDefault();

    // One-off changes by proclamation, which no rule predicts.
    private static readonly Dictionary<int, (string[] Removed, string[] Added)> OneOffs = new()
    {
        [1981] = ([], ["1981-07-29"]),                                           // Royal wedding
        [1995] = (["1995-05-01"], ["1995-05-08"]),                               // Early May moved to VE Day
        [1999] = ([], ["1999-12-31"]),                                           // Millennium
        [2002] = (["2002-05-27"], ["2002-06-03", "2002-06-04"]),                 // Golden Jubilee
        [2011] = ([], ["2011-04-29"]),                                           // Royal wedding
        [2012] = (["2012-05-28"], ["2012-06-04", "2012-06-05"]),                 // Diamond Jubilee
        [2020] = (["2020-05-04"], ["2020-05-08"]),                               // Early May moved to VE Day
        [2022] = (["2022-05-30"], ["2022-06-02", "2022-06-03", "2022-09-19"]),   // Platinum Jubilee; State Funeral
        [2023] = ([], ["2023-05-08"]),                                           // Coronation
    };

    public static TheoryData<int> GovUkYears => [.. GovUkFixture.Years];

    // The rules plus the built-in changes must give back GOV.UK's list exactly, titles included, for every year it covers.
    [Theory]
    [MemberData(nameof(GovUkYears))]
    public void DefaultData_ForEachYearGovUkPublished_IsExactlyGovUksList(int year)
    {
        var published = GovUkEvents().Where(holiday => holiday.Date.Year == year);

        Assert.Equal(published, Data.HolidaysIn(year));
    }

    [Fact]
    public void DefaultData_ForEveryYear_MatchesTheRegularRulesPlusKnownOneOffs()
    {
        var mismatched = BankHolidayCalendar.SupportedYears
            .Where(year => !Expected(year).Order().SequenceEqual(Data.HolidaysIn(year).Select(holiday => holiday.Date)))
            .ToList();

        Assert.Empty(mismatched);
    }

    [Theory]
    [InlineData(2026, "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28")]
    [InlineData(2027, "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28")]
    public void DefaultData_ForTheYearsInDomainDoc_IsExactlyTheDocumentedList(int year, params string[] documented)
    {
        var actual = Data.HolidaysIn(year).Select(holiday => holiday.Date);

        Assert.Equal(documented.Select(DateOnly.Parse), actual);
    }

    private static HashSet<DateOnly> Expected(int year)
    {
        var expected = RegularBankHolidayRules.For(year).ToHashSet();
        if (OneOffs.TryGetValue(year, out var oneOff))
        {
            expected.ExceptWith(oneOff.Removed.Select(DateOnly.Parse));
            expected.UnionWith(oneOff.Added.Select(DateOnly.Parse));
        }

        return expected;
    }

    private static IEnumerable<BankHoliday> GovUkEvents()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(GovUkFixture.Path));
        return file.RootElement.GetProperty("events").EnumerateArray()
            .Select(entry => new BankHoliday(DateOnly.Parse(entry.GetProperty("date").GetString()!), entry.GetProperty("title").GetString()!))
            .ToList();
    }
}
