namespace Complaints.Kernel.Tests.Calendar;

// An independent computation of the standing England & Wales rules, to check the hand-entered data against.
// Deliberately shares no code with the production calendar.
internal static class RegularBankHolidayRules
{
    public static IReadOnlySet<DateOnly> For(int year)
    {
        var easter = EasterSunday(year);
        var holidays = new HashSet<DateOnly>
        {
            easter.AddDays(-2),
            easter.AddDays(1),
            FirstMonday(year, 5),
            LastMonday(year, 5),
            LastMonday(year, 8),
        };
        AddWithSubstitutes(holidays, new DateOnly(year, 1, 1));
        AddWithSubstitutes(holidays, new DateOnly(year, 12, 25), new DateOnly(year, 12, 26));
        return holidays;
    }

    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    // Weekday holidays stay put; each weekend one moves to the next weekday not already a holiday.
    private static void AddWithSubstitutes(HashSet<DateOnly> holidays, params DateOnly[] fixedDays)
    {
        foreach (var day in fixedDays.Where(day => !IsWeekend(day)))
            holidays.Add(day);
        foreach (var day in fixedDays.Where(IsWeekend))
        {
            var substitute = day.AddDays(1);
            while (IsWeekend(substitute) || holidays.Contains(substitute))
                substitute = substitute.AddDays(1);
            holidays.Add(substitute);
        }
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        while (day.DayOfWeek != DayOfWeek.Monday)
            day = day.AddDays(1);
        return day;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek != DayOfWeek.Monday)
            day = day.AddDays(-1);
        return day;
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
