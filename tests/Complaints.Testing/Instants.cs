using System.Globalization;

namespace Complaints.Testing;

/// <summary>Instants and days written the way the cases are worked out: London wall-clock time, or ISO.</summary>
public static class Instants
{
    private static readonly TimeZoneInfo LondonZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>"2026-12-18 10:00" in London (GMT or BST as the date has it).</summary>
    public static DateTimeOffset London(string localTime)
    {
        var local = DateTime.Parse(localTime, CultureInfo.InvariantCulture);
        return new DateTimeOffset(local, LondonZone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>"2026-11-20T15:00:00Z".</summary>
    public static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture).ToUniversalTime();

    /// <summary>"2026-12-29".</summary>
    public static DateOnly Day(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
