using Complaints.Kernel.Calendar;

namespace Complaints.Kernel.Tests.Calendar;

public sealed class BankHolidayFileReaderTests
{
    private const string Source = "test.json";

    [Theory]
    [InlineData("""{ "division": "england-and-wales", "events": [ """, "is not valid JSON")]
    [InlineData("""{ "division": "england-and-wales", "events": [{ "date": "2026-13-01", "title": "X" }] }""", "events[0] has date \"2026-13-01\", which is not a real yyyy-MM-dd date")]
    [InlineData("""{ "division": "england-and-wales", "events": [{ "date": "25/12/2026", "title": "X" }] }""", "events[0] has date \"25/12/2026\"")]
    [InlineData("""{ "division": "england-and-wales", "events": [{ "title": "Christmas Day" }] }""", "events[0] has no date")]
    [InlineData("""{ "division": "england-and-wales", "events": [{ "date": "2026-12-25" }] }""", "events[0] (2026-12-25) has no title")]
    [InlineData("""{ "division": "england-and-wales", "events": [{ "date": "2026-12-25", "title": "A" }, { "date": "2026-12-25", "title": "B" }] }""", "2026-12-25 is listed 2 times")]
    [InlineData("""{ "division": "england-and-wales", "events": [{ "date": "2026-12-26", "title": "Boxing Day" }] }""", "events[0] (2026-12-26, Boxing Day) is a Saturday")]
    [InlineData("""{ "division": "england-and-wales", "events": [{ "date": "1977-06-07", "title": "Silver Jubilee" }] }""", "events[0] has date 1977-06-07, outside the supported years 1978 to 2200")]
    [InlineData("""{ "division": "scotland", "events": [{ "date": "2026-12-25", "title": "Christmas Day" }] }""", "division is \"scotland\" but must be \"england-and-wales\"")]
    [InlineData("""{ "events": [{ "date": "2026-12-25", "title": "Christmas Day" }] }""", "division is missing")]
    [InlineData("""{ "division": "england-and-wales", "events": [] }""", "it lists no events")]
    [InlineData("""{ "division": "england-and-wales" }""", "it lists no events (GOV.UK's shape) and no changes")]
    [InlineData("""{ "division": "england-and-wales", "events": [{ "date": "2024-12-25", "title": "A" }, { "date": "2026-12-25", "title": "B" }] }""", "it covers 2024 to 2026 but lists nothing for 2025")]
    [InlineData("""{ "division": "england-and-wales", "events": [{ "date": "2026-12-25", "title": "A" }], "changes": [] }""", "it has both changes and events")]
    [InlineData("""{ "division": "england-and-wales", "changes": [{ "title": "Nothing" }] }""", "changes[0] has neither a date it adds nor a day it replaces")]
    [InlineData("""{ "division": "england-and-wales", "changes": [null] }""", "changes[0] has neither a date it adds nor a day it replaces")]
    [InlineData("""{ "division": "england-and-wales", "changes": [{ "date": "2026-02-30", "title": "X" }] }""", "changes[0] has date \"2026-02-30\", which is not a real yyyy-MM-dd date")]
    [InlineData("""{ "division": "england-and-wales", "changes": [{ "replaces": "2026-5-4" }] }""", "changes[0] has replaces \"2026-5-4\", which is not a real yyyy-MM-dd date")]
    [InlineData("""{ "division": "england-and-wales", "changes": [{ "date": "2026-06-01" }] }""", "changes[0] (2026-06-01) has no title")]
    [InlineData("""{ "division": "england-and-wales", "changes": [{ "date": "2026-06-06", "title": "X" }] }""", "changes[0] (2026-06-06, X) is a Saturday")]
    [InlineData("""{ "division": "england-and-wales", "changes": [{ "date": "2201-01-02", "title": "X" }] }""", "changes[0] has date 2201-01-02, outside the supported years 1978 to 2200")]
    [InlineData("""{ "division": "england-and-wales", "changes": [{ "date": "2026-05-08", "title": "X", "replaces": "2026-05-05" }] }""", "changes[0] replaces 2026-05-05, which is not a bank holiday by the standing rules")]
    [InlineData("""{ "division": "england-and-wales", "changes": [{ "replaces": "2026-05-04" }, { "date": "2026-05-08", "title": "X", "replaces": "2026-05-04" }] }""", "changes[1] replaces 2026-05-04, which an earlier change already replaces")]
    [InlineData("""{ "division": "england-and-wales", "changes": [{ "date": "2026-12-25", "title": "X" }] }""", "changes[0] adds 2026-12-25, which is already a bank holiday (Christmas Day)")]
    [InlineData("""{ "division": "england-and-wales", "changes": [{ "date": "2026-06-01", "title": "A" }, { "date": "2026-06-01", "title": "B" }] }""", "changes[1] adds 2026-06-01, which is already a bank holiday (A)")]
    public void Read_WhenFileIsMalformed_ThrowsNamingTheFileAndTheProblem(string json, string problem)
    {
        var error = Assert.Throws<InvalidDataException>(() => BankHolidayFileReader.Read(json, Source));

        Assert.StartsWith($"Bank-holiday file {Source} ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Read_WhenAChangeMovesARuleMadeDay_OffersTheNewDayInstead()
    {
        const string json = """
            { "division": "england-and-wales", "changes": [
              { "date": "2031-05-09", "title": "Early May bank holiday (moved)", "replaces": "2031-05-05" } ] }
            """;

        var may = BankHolidayFileReader.Read(json, Source).HolidaysIn(2031).Where(holiday => holiday.Date.Month == 5);

        Assert.Equal([new(new DateOnly(2031, 5, 9), "Early May bank holiday (moved)"), new(new DateOnly(2031, 5, 26), "Spring bank holiday")], may);
    }

    [Fact]
    public void Read_WhenAChangeOnlyReplaces_CancelsThatRuleMadeDay()
    {
        const string json = """{ "division": "england-and-wales", "changes": [{ "replaces": "2031-08-25" }] }""";

        var year = BankHolidayFileReader.Read(json, Source).HolidaysIn(2031);

        Assert.Equal(7, year.Count);
        Assert.DoesNotContain(year, holiday => holiday.Date == new DateOnly(2031, 8, 25));
    }

    [Fact]
    public void Read_WhenAChangeOnlyAdds_KeepsEveryRuleMadeDayToo()
    {
        const string json = """{ "division": "england-and-wales", "changes": [{ "date": "2031-06-10", "title": "Invented one-off holiday" }] }""";

        var year = BankHolidayFileReader.Read(json, Source).HolidaysIn(2031);

        Assert.Equal(9, year.Count);
        Assert.Contains(new BankHoliday(new DateOnly(2031, 6, 10), "Invented one-off holiday"), year);
    }

    // A changes file is the whole list of changes: one that leaves out a built-in change gets the rule-made day back.
    [Fact]
    public void Read_WhenChangesAreEmpty_GivesTheStandingRulesAlone()
    {
        var calendar = BankHolidayFileReader.Read("""{ "division": "england-and-wales", "changes": [] }""", Source);

        Assert.False(calendar.IsBankHoliday(new DateOnly(2022, 9, 19)));
        Assert.True(calendar.IsBankHoliday(new DateOnly(2022, 5, 30)));
    }

    [Fact]
    public void Read_WhenGivenGovUkShapedEntries_IgnoresTheirExtraFields()
    {
        const string json = """
            { "division": "england-and-wales", "events": [
              { "title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": true } ] }
            """;

        var calendar = BankHolidayFileReader.Read(json, Source);

        Assert.Equal([new BankHoliday(new DateOnly(2026, 12, 28), "Boxing Day")], calendar.HolidaysIn(2026));
    }

    [Fact]
    public void Read_WhenGivenGovUksList_TakesItsYearsExactlyAndTheBuiltInDataForOthers()
    {
        const string json = """
            { "division": "england-and-wales", "events": [
              { "date": "2031-01-01", "title": "New Year’s Day" },
              { "date": "2031-06-10", "title": "Invented one-off holiday" } ] }
            """;

        var calendar = BankHolidayFileReader.Read(json, Source);

        Assert.Equal([new DateOnly(2031, 1, 1), new DateOnly(2031, 6, 10)], calendar.HolidaysIn(2031).Select(holiday => holiday.Date));
        Assert.Equal(BankHolidayCalendar.LoadDefault().HolidaysIn(2032), calendar.HolidaysIn(2032));
        Assert.True(calendar.IsBankHoliday(new DateOnly(2012, 6, 5)));  // a built-in change outside the file's years
    }
}
