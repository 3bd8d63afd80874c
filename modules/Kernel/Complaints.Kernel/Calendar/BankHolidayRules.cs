namespace Complaints.Kernel.Calendar;

// The standing England & Wales rules: the Banking and Financial Dealings Act 1971 and the proclamations repeated
// every year since 1978 (New Year's Day, the early May bank holiday), with Good Friday and Christmas Day by custom.
// One-off changes (jubilees, a funeral, a day moved for VE Day) are data in the bank-holiday file, never code here.
internal static class BankHolidayRules
{
    private const string SubstituteDay = " (substitute day)";

    public static IEnumerable<BankHoliday> For(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            NewYearsDay(year),
            new(easter.AddDays(-2), "Good Friday"),
            new(easter.AddDays(1), "Easter Monday"),
            new(FirstMonday(year, 5), "Early May bank holiday"),
            new(LastMonday(year, 5), "Spring bank holiday"),
            new(LastMonday(year, 8), "Summer bank holiday"),
            .. ChristmasAndBoxingDay(year),
        ];
    }

    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher): exact for every Gregorian year, no table needed.
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
        var monthAndDay = h + l - (7 * m) + 114;
        return new DateOnly(year, monthAndDay / 31, (monthAndDay % 31) + 1);
    }

    private static BankHoliday NewYearsDay(int year)
    {
        var day = new DateOnly(year, 1, 1);
        return day.DayOfWeek switch
        {
            DayOfWeek.Saturday => new(day.AddDays(2), "New Year’s Day" + SubstituteDay),
            DayOfWeek.Sunday => new(day.AddDays(1), "New Year’s Day" + SubstituteDay),
            _ => new(day, "New Year’s Day"),
        };
    }

    // Each weekend day is kept on the next weekday the other holiday is not already on, so the two substitutes never
    // land on one day: Christmas on a Saturday moves to Monday 27th and Boxing Day (a Sunday) to Tuesday 28th.
    private static BankHoliday[] ChristmasAndBoxingDay(int year)
    {
        DateOnly December(int day) => new(year, 12, day);
        return December(25).DayOfWeek switch
        {
            DayOfWeek.Friday => [new(December(25), "Christmas Day"), new(December(28), "Boxing Day" + SubstituteDay)],
            DayOfWeek.Saturday => [new(December(27), "Christmas Day" + SubstituteDay), new(December(28), "Boxing Day" + SubstituteDay)],
            DayOfWeek.Sunday => [new(December(26), "Boxing Day"), new(December(27), "Christmas Day" + SubstituteDay)],
            _ => [new(December(25), "Christmas Day"), new(December(26), "Boxing Day")],
        };
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
