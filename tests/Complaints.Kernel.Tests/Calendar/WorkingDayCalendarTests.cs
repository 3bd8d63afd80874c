using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;

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
    [InlineData("2200-12-29", 3, "2201-01-01")]  // runs off the end of the supported years
    [InlineData("1977-12-30", 1, "1977-12-30")]  // starts before them
    public void AddWorkingDays_WhenOutsideTheSupportedYears_ThrowsNamingTheFirstDayOutside(string from, int workingDays, string outside)
    {
        var error = Assert.Throws<DateOutsideCalendarException>(() => Calendar.AddWorkingDays(DateOnly.Parse(from), workingDays));

        Assert.Equal(DateOnly.Parse(outside), error.Date);
    }

    [Fact]
    public void AddWorkingDays_WhenCountIsHuge_StopsAtTheCalendarsEndWithItsError()
    {
        Assert.Throws<DateOutsideCalendarException>(() => Calendar.AddWorkingDays(new DateOnly(2026, 6, 1), int.MaxValue));
    }

    [Fact]
    public void DueDate_WhenReceivedInDecember2030_FallsInJanuary2031AfterChristmasAndNewYear()
    {
        var receivedAt = new DateTimeOffset(2030, 12, 23, 10, 0, 0, TimeSpan.Zero);

        var due = Calendar.DueDate(receivedAt, workingDays: 5, cutOff: new TimeOnly(17, 0));

        // Tue 24, Fri 27, Mon 30, Tue 31 Dec, then Thu 2 Jan: Christmas, Boxing Day and New Year's Day 2031 skipped.
        Assert.Equal(new DateOnly(2031, 1, 2), due);
    }

    [Fact]
    public void WorkingDaysBetween_OverTheWholeOf2100_IsItsWeekdaysLessItsEightBankHolidays()
    {
        // 2100 is not a leap year (a century not divisible by 400) and starts on a Friday: 52 weeks and one Friday.
        var count = Calendar.WorkingDaysBetween(new DateOnly(2099, 12, 31), new DateOnly(2100, 12, 31));

        Assert.Equal((52 * 5) + 1 - 8, count);
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
    public void WorkingDaysBetween_AcrossTheOldEndOfTheData_CountsFromTheRules()
    {
        // Mon 23, Tue 24, Fri 27, Mon 30, Tue 31 Dec 2030, Thu 2, Fri 3 Jan 2031: the rules' Christmas and New Year.
        var count = Calendar.WorkingDaysBetween(new DateOnly(2030, 12, 20), new DateOnly(2031, 1, 3));

        Assert.Equal(7, count);
    }

    [Fact]
    public void WorkingDaysBetween_WhenEndIsOutsideTheSupportedYears_Throws()
    {
        Assert.Throws<DateOutsideCalendarException>(() => Calendar.WorkingDaysBetween(new DateOnly(2200, 12, 1), new DateOnly(2201, 1, 10)));
    }
}
