namespace Complaints.Kernel.Calendar;

/// <summary>Code deadlines are counted in England, whatever time zone the server or the caller is in.</summary>
public static class LondonTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The calendar date in London at <paramref name="instant"/>.</summary>
    public static DateOnly Date(DateTimeOffset instant) => DateOnly.FromDateTime(LocalTime(instant));

    // London's clocks change at 01:00 UTC, so local midnight always exists exactly once and the conversion is exact.
    public static DateTimeOffset StartOfDayUtc(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(midnight, Zone), TimeSpan.Zero);
    }
}
