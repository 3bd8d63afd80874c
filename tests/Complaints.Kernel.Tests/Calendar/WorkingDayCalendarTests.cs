using Complaints.Kernel.Calendar;

namespace Complaints.Kernel.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = new(BankHolidayCalendar.LoadDefault());

    [Theory]
    [InlineData("2027-03-25", true)]   // Thursday before Easter
    [InlineData("2027-03-26", false)]  // Good Friday
    [InlineData("2027-03-29", false)]  // Easter Monday
    [InlineData("2027-03-30", true)]
    [InlineData("2027-01-01", false)]  // New Year's Day, a Friday
    [InlineData("2027-01-04", true)]
    [InlineData("2022-09-19", false)]  // State Funeral
    [InlineData("2026-12-19", false)]  // Saturday
    [InlineData("2026-12-20", false)]  // Sunday
    public void IsWorkingDay_ForKnownDays_AnswersFromWeekendsAndBankHolidays(string day, bool expected)
    {
        Assert.Equal(expected, Calendar.IsWorkingDay(DateOnly.Parse(day)));
    }

    [Theory]
    [InlineData("2027-03-25", 1, "2027-03-30")]  // skips Good Friday, the weekend and Easter Monday
    [InlineData("2026-12-31", 1, "2027-01-04")]  // skips New Year's Day 2027 and the weekend
    [InlineData("2027-12-24", 1, "2027-12-29")]  // skips both 2027 Christmas substitute days
    [InlineData("2026-12-19", 0, "2026-12-19")]  // zero days is the start day, even a Saturday
    public void AddWorkingDays_AcrossHolidays_LandsOnTheExpectedDay(string from, int workingDays, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), Calendar.AddWorkingDays(DateOnly.Parse(from), workingDays));
    }

    [Fact]
    public void AddWorkingDays_WhenNegative_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new DateOnly(2026, 6, 1), -1));
    }

    [Theory]
    [InlineData("2030-12-27", 5)]  // runs off the end of the data
    [InlineData("2019-12-31", 1)]  // starts before it
    public void AddWorkingDays_WhenOutsideTheData_ThrowsNamingTheCoveredYears(string from, int workingDays)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Calendar.AddWorkingDays(DateOnly.Parse(from), workingDays));

        Assert.Contains("covers only 2020 to 2030", error.Message);
    }

    [Theory]
    [InlineData("2026-12-18", "2026-12-29", 5)]
    [InlineData("2026-12-19", "2026-12-21", 1)]
    [InlineData("2026-12-18", "2026-12-18", 0)]
    [InlineData("2026-12-29", "2026-12-18", 0)]
    [InlineData("2027-03-25", "2027-03-29", 0)]
    public void WorkingDaysBetween_ForKnownSpans_CountsDaysAfterFromUpToAndIncludingTo(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysBetween(DateOnly.Parse(from), DateOnly.Parse(to)));
    }

    [Fact]
    public void WorkingDaysBetween_WhenEndIsOutsideTheData_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Calendar.WorkingDaysBetween(new DateOnly(2030, 12, 1), new DateOnly(2031, 1, 10)));
    }
}
