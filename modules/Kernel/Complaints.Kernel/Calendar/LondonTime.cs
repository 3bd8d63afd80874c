namespace Complaints.Kernel.Calendar;

// Code deadlines are counted in England, whatever time zone the server or the caller is in.
internal static class LondonTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    // London's clocks change at 01:00 UTC, so local midnight always exists exactly once and the conversion is exact.
    public static DateTimeOffset StartOfDayUtc(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(midnight, Zone), TimeSpan.Zero);
    }
}
