namespace Complaints.Kernel.Calendar;

/// <summary>Working days for Code deadlines: Monday to Friday except England &amp; Wales bank holidays, in London time.</summary>
public sealed class WorkingDayCalendar(BankHolidayCalendar bankHolidays)
{
    /// <summary>Throws <see cref="InvalidOperationException"/> for a day outside the bank-holiday data's years.</summary>
    public bool IsWorkingDay(DateOnly day) =>
        !bankHolidays.IsBankHoliday(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The London date an event counts as happening on: the next calendar day when at or after the cut-off.</summary>
    public DateOnly ReceiptDay(DateTimeOffset instant, TimeOnly cutOff)
    {
        var local = LondonTime.LocalTime(instant);
        var day = DateOnly.FromDateTime(local);
        return TimeOnly.FromDateTime(local) >= cutOff ? day.AddDays(1) : day;
    }

    /// <summary>The Nth working day strictly after <paramref name="from"/>, which never counts itself (0 returns it).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        bankHolidays.EnsureCovers(from);
        var day = from;
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
        bankHolidays.EnsureCovers(from);
        bankHolidays.EnsureCovers(to);
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
    public DateTimeOffset EndOfDay(DateOnly day) => LondonTime.StartOfDayUtc(day.AddDays(1));
}
