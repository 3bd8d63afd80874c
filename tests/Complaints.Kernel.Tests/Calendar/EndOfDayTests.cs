using Complaints.Kernel.Calendar;

namespace Complaints.Kernel.Tests.Calendar;

public sealed class EndOfDayTests
{
    private static readonly WorkingDayCalendar Calendar = new(BankHolidayCalendar.LoadDefault());

    [Theory]
    [InlineData("2026-12-29", "2026-12-30T00:00:00Z")]  // GMT
    [InlineData("2026-06-05", "2026-06-05T23:00:00Z")]  // BST
    [InlineData("2026-03-28", "2026-03-29T00:00:00Z")]  // last GMT day before the clocks go forward
    [InlineData("2026-03-29", "2026-03-29T23:00:00Z")]  // clocks go forward: a 23-hour day
    [InlineData("2026-10-24", "2026-10-24T23:00:00Z")]  // last BST day before the clocks go back
    [InlineData("2026-10-25", "2026-10-26T00:00:00Z")]  // clocks go back: a 25-hour day
    public void EndOfDay_AcrossClockChanges_IsLondonMidnightInUtc(string day, string expected)
    {
        var end = Calendar.EndOfDay(DateOnly.Parse(day));

        Assert.Equal(DateTimeOffset.Parse(expected), end);
        Assert.Equal(TimeSpan.Zero, end.Offset);
    }

    [Fact]
    public void EndOfDay_OnTheDayTheClocksGoForward_IsTwentyThreeHoursAfterTheDayBefore()
    {
        var length = Calendar.EndOfDay(new DateOnly(2026, 3, 29)) - Calendar.EndOfDay(new DateOnly(2026, 3, 28));

        Assert.Equal(TimeSpan.FromHours(23), length);
    }
}
