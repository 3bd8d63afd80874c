using Complaints.Kernel.Calendar;
using FsCheck;
using FsCheck.Fluent;

namespace Complaints.Kernel.Tests.Calendar;

// Start dates span every supported year but the last, and day counts stay under a year, so every result lies inside
// the supported years: the properties hold for the rule-made years as much as for those the old data covered.
public sealed class WorkingDayCalendarProperties
{
    private const int MaxWorkingDays = 200;
    private static readonly WorkingDayCalendar Calendar = new(BankHolidayCalendar.LoadDefault());
    private static readonly DateOnly FirstDay = new(BankHolidayCalendar.FirstSupportedYear, 1, 1);
    private static readonly DateOnly LastDay = new(BankHolidayCalendar.LastSupportedYear - 1, 12, 31);

    private static readonly Gen<DateOnly> Dates =
        Gen.Choose(0, LastDay.DayNumber - FirstDay.DayNumber).Select(offset => FirstDay.AddDays(offset));

    private static readonly Gen<int> Counts = Gen.Choose(0, MaxWorkingDays);

    [Fact]
    public void AddWorkingDays_WhenCountIsPositive_LandsOnAWorkingDay()
    {
        var cases = from day in Dates from n in Gen.Choose(1, MaxWorkingDays) select (day, n);

        Prop.ForAll(cases.ToArbitrary(), c => Calendar.IsWorkingDay(Calendar.AddWorkingDays(c.day, c.n)))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void WorkingDaysBetween_FromStartToAddedDay_IsTheCountAdded()
    {
        var cases = from day in Dates from n in Counts select (day, n);

        Prop.ForAll(cases.ToArbitrary(), c => Calendar.WorkingDaysBetween(c.day, Calendar.AddWorkingDays(c.day, c.n)) == c.n)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AddWorkingDays_WhenCountGrows_MovesStrictlyLater()
    {
        var cases = from day in Dates from n in Gen.Choose(0, MaxWorkingDays - 1) select (day, n);

        Prop.ForAll(cases.ToArbitrary(), c => Calendar.AddWorkingDays(c.day, c.n) < Calendar.AddWorkingDays(c.day, c.n + 1))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AddWorkingDays_InTwoSteps_EqualsAddingTheSumAtOnce()
    {
        var half = Gen.Choose(0, MaxWorkingDays / 2);
        var cases = from day in Dates from m in half from n in half select (day, m, n);

        Prop.ForAll(cases.ToArbitrary(), c =>
                Calendar.AddWorkingDays(c.day, c.m + c.n) == Calendar.AddWorkingDays(Calendar.AddWorkingDays(c.day, c.m), c.n))
            .QuickCheckThrowOnFailure();
    }
}
