using Complaints.Kernel.Calendar;

namespace Complaints.Kernel.Tests.Calendar;

public sealed class BankHolidayRulesTests
{
    // Published Easter Sundays, from outside this code: the algorithm must reproduce them.
    [Theory]
    [InlineData(1978, "1978-03-26")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2031, "2031-04-13")]
    [InlineData(2038, "2038-04-25")]  // the latest possible date
    [InlineData(2100, "2100-03-28")]
    [InlineData(2200, "2200-04-06")]
    public void EasterSunday_ForKnownYears_MatchesPublishedDates(int year, string easter)
    {
        Assert.Equal(DateOnly.Parse(easter), BankHolidayRules.EasterSunday(year));
    }

    [Theory]
    [InlineData(2031, "2031-04-11", "Good Friday")]
    [InlineData(2031, "2031-04-14", "Easter Monday")]
    [InlineData(2031, "2031-05-05", "Early May bank holiday")]
    [InlineData(2031, "2031-05-26", "Spring bank holiday")]
    [InlineData(2031, "2031-08-25", "Summer bank holiday")]
    [InlineData(2032, "2032-12-27", "Christmas Day (substitute day)")]  // Christmas on a Saturday
    [InlineData(2032, "2032-12-28", "Boxing Day (substitute day)")]     // Boxing Day on a Sunday
    [InlineData(2027, "2027-12-27", "Christmas Day (substitute day)")]
    [InlineData(2027, "2027-12-28", "Boxing Day (substitute day)")]
    [InlineData(2033, "2033-12-26", "Boxing Day")]                      // Christmas on a Sunday: Boxing Day keeps Monday
    [InlineData(2033, "2033-12-27", "Christmas Day (substitute day)")]
    [InlineData(2026, "2026-12-28", "Boxing Day (substitute day)")]     // Christmas on a Friday
    [InlineData(2033, "2033-01-03", "New Year’s Day (substitute day)")] // 1 January on a Saturday
    [InlineData(2034, "2034-01-02", "New Year’s Day (substitute day)")] // 1 January on a Sunday
    [InlineData(2100, "2100-01-01", "New Year’s Day")]
    public void For_KnownYears_IncludesTheDayWithItsTitle(int year, string day, string title)
    {
        Assert.Contains(new BankHoliday(DateOnly.Parse(day), title), BankHolidayRules.For(year));
    }

    [Fact]
    public void For_EverySupportedYear_MatchesTheIndependentComputation()
    {
        var mismatched = BankHolidayCalendar.SupportedYears
            .Where(year => !RegularBankHolidayRules.For(year).Order().SequenceEqual(BankHolidayRules.For(year).Select(holiday => holiday.Date).Order()))
            .ToList();

        Assert.Empty(mismatched);
    }

    [Fact]
    public void For_EverySupportedYear_GivesEightDistinctWeekdaysInThatYear()
    {
        var wrong = BankHolidayCalendar.SupportedYears
            .Where(year => BankHolidayRules.For(year).Select(holiday => holiday.Date) is var days
                && (days.Distinct().Count() != 8 || days.Any(day => day.Year != year || day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)))
            .ToList();

        Assert.Empty(wrong);
    }
}
