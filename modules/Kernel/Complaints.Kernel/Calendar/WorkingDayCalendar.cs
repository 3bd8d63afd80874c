using Complaints.Kernel.Errors;

namespace Complaints.Kernel.Calendar;

/// <summary>
/// Working days for Code deadlines: Monday to Friday except England &amp; Wales bank holidays, in London time. Every
/// method throws <see cref="DateOutsideCalendarException"/> for a day, given or reached, outside the supported years.
/// </summary>
public sealed class WorkingDayCalendar(BankHolidayCalendar bankHolidays)
{
    /// <summary>Whether <paramref name="day"/> is in the years the calendar covers, for a caller that can name the field.</summary>
    public bool Supports(DateOnly day) => BankHolidayCalendar.Supports(day);

    public bool IsWorkingDay(DateOnly day) =>
        !bankHolidays.IsBankHoliday(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The London date an event counts as happening on: the next calendar day when at or after the cut-off.</summary>
    public DateOnly ReceiptDay(DateTimeOffset instant, TimeOnly cutOff)
    {
        var local = LondonTime.LocalTime(instant);
        var day = BankHolidayCalendar.EnsureSupported(DateOnly.FromDateTime(local));
        return TimeOnly.FromDateTime(local) >= cutOff ? BankHolidayCalendar.EnsureSupported(day.AddDays(1)) : day;
    }

    /// <summary>The Nth working day strictly after <paramref name="from"/>, which never counts itself (0 returns it).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        // Each day is checked before the next is taken, so the count stops at the calendar's end, never DateOnly's.
        var day = BankHolidayCalendar.EnsureSupported(from);
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
                counted++;
        }

        return day;
    }

    /// <summary>The day a deadline of N working days falls on, for something received at <paramref name="receivedAt"/>.</summary>
    public DateOnly DueDate(DateTimeOffset receivedAt, int workingDays, TimeOnly cutOff) =>
        AddWorkingDays(ReceiptDay(receivedAt, cutOff), workingDays);

    /// <summary>How many working days d satisfy from &lt; d &lt;= to; zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        BankHolidayCalendar.EnsureSupported(from);
        BankHolidayCalendar.EnsureSupported(to);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
                count++;
        }

        return count;
    }

    /// <summary>
    /// The instant <paramref name="day"/> ends in London (its next midnight), in UTC: deadlines are whole days, so
    /// anything before this instant is on time.
    /// </summary>
    public DateTimeOffset EndOfDay(DateOnly day) => LondonTime.StartOfDayUtc(BankHolidayCalendar.EnsureSupported(day).AddDays(1));
}
