using Complaints.Kernel.Calendar;

namespace Complaints.Kernel.Tests.Calendar;

public sealed class ReceiptDayTests
{
    private static readonly WorkingDayCalendar Calendar = new(BankHolidayCalendar.LoadDefault());
    private static readonly TimeOnly FivePm = new(17, 0);

    [Theory]
    [InlineData("2026-12-18T16:59:59.9999999Z", "2026-12-18")]  // GMT: just before the cut-off
    [InlineData("2026-12-18T17:00:00Z", "2026-12-19")]          // GMT: at the cut-off counts as the next day
    [InlineData("2026-06-05T15:59:00Z", "2026-06-05")]          // BST: 16:59 in London
    [InlineData("2026-06-05T16:00:00Z", "2026-06-06")]          // BST: 17:00 in London although 16:00 UTC
    [InlineData("2026-06-05T23:30:00Z", "2026-06-06")]          // BST: already 6 June in London
    [InlineData("2026-12-18T12:00:00+05:00", "2026-12-18")]     // another offset: 07:00 in London
    public void ReceiptDay_ForInstantsAroundTheCutOff_UsesTheLondonDateAndTime(string instant, string expected)
    {
        var day = Calendar.ReceiptDay(DateTimeOffset.Parse(instant), FivePm);

        Assert.Equal(DateOnly.Parse(expected), day);
    }

    [Fact]
    public void ReceiptDay_WhenCutOffIsLater_KeepsAnEveningEventOnItsDay()
    {
        var evening = new DateTimeOffset(2026, 12, 18, 17, 30, 0, TimeSpan.Zero);

        var day = Calendar.ReceiptDay(evening, cutOff: new TimeOnly(18, 0));

        Assert.Equal(new DateOnly(2026, 12, 18), day);
    }
}
