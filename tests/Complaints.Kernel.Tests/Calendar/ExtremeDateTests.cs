using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;

namespace Complaints.Kernel.Tests.Calendar;

// The first and last days DateOnly allows are where arithmetic overflows; every method must answer them with the
// calendar's own error, which the API maps to INVALID_ARGUMENT, never an unexpected exception.
public sealed class ExtremeDateTests
{
    private static readonly WorkingDayCalendar Calendar = new(BankHolidayCalendar.LoadDefault());
    private static readonly DateOnly Inside = new(2026, 6, 1);

    public static TheoryData<string, Action> Calls()
    {
        var data = new TheoryData<string, Action>();
        foreach (var (name, day, instant) in new[] { ("year 1", DateOnly.MinValue, DateTimeOffset.MinValue), ("year 9999", DateOnly.MaxValue, DateTimeOffset.MaxValue) })
        {
            data.Add($"IsWorkingDay, {name}", () => Calendar.IsWorkingDay(day));
            data.Add($"AddWorkingDays from, {name}", () => Calendar.AddWorkingDays(day, 1));
            data.Add($"AddWorkingDays zero days, {name}", () => Calendar.AddWorkingDays(day, 0));
            data.Add($"WorkingDaysBetween from, {name}", () => Calendar.WorkingDaysBetween(day, Inside));
            data.Add($"WorkingDaysBetween to, {name}", () => Calendar.WorkingDaysBetween(Inside, day));
            data.Add($"EndOfDay, {name}", () => Calendar.EndOfDay(day));
            data.Add($"ReceiptDay before the cut-off, {name}", () => Calendar.ReceiptDay(instant, TimeOnly.MaxValue));
            data.Add($"ReceiptDay after the cut-off, {name}", () => Calendar.ReceiptDay(instant, TimeOnly.MinValue));
            data.Add($"DueDate, {name}", () => Calendar.DueDate(instant, 5, new TimeOnly(17, 0)));
        }

        data.Add("ReceiptDay after the cut-off on the last supported day", () => Calendar.ReceiptDay(new DateTimeOffset(2200, 12, 31, 18, 0, 0, TimeSpan.Zero), new TimeOnly(17, 0)));
        return data;
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void EveryMethod_WhenGivenADayOutsideTheSupportedYears_ThrowsDateOutsideCalendar(string call, Action act)
    {
        Assert.NotEmpty(call);
        Assert.Throws<DateOutsideCalendarException>(act);
    }
}
