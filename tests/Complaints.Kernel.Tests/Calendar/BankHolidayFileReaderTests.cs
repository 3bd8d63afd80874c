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
    [InlineData("""{ "division": "scotland", "events": [{ "date": "2026-12-25", "title": "Christmas Day" }] }""", "division is \"scotland\" but must be \"england-and-wales\"")]
    [InlineData("""{ "events": [{ "date": "2026-12-25", "title": "Christmas Day" }] }""", "division is missing")]
    [InlineData("""{ "division": "england-and-wales", "events": [] }""", "it lists no events")]
    [InlineData("""{ "division": "england-and-wales", "events": [{ "date": "2024-12-25", "title": "A" }, { "date": "2026-12-25", "title": "B" }] }""", "it covers 2024 to 2026 but lists nothing for 2025")]
    public void Read_WhenFileIsMalformed_ThrowsNamingTheFileAndTheProblem(string json, string problem)
    {
        var error = Assert.Throws<InvalidDataException>(() => BankHolidayFileReader.Read(json, Source));

        Assert.StartsWith($"Bank-holiday file {Source} ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Read_WhenGivenGovUkShapedEntries_IgnoresTheirExtraFields()
    {
        const string json = """
            { "division": "england-and-wales", "events": [
              { "title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": true } ] }
            """;

        var calendar = BankHolidayFileReader.Read(json, Source);

        Assert.Equal([new BankHoliday(new DateOnly(2026, 12, 28), "Boxing Day")], calendar.Holidays);
    }
}
