using Google.Protobuf.WellKnownTypes;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Instants for requests, written the way the cases are worked out: London wall-clock time, or an ISO instant.</summary>
public static class When
{
    private static readonly TimeZoneInfo LondonZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>"2026-12-18 10:00" in London (GMT or BST as the date has it).</summary>
    public static Timestamp London(string localTime)
    {
        var local = DateTime.Parse(localTime, System.Globalization.CultureInfo.InvariantCulture);
        return Timestamp.FromDateTimeOffset(new DateTimeOffset(local, LondonZone.GetUtcOffset(local)));
    }

    /// <summary>Now as a caller whose clock runs <paramref name="fast"/> ahead of ours sees it, in whole seconds.</summary>
    public static Timestamp AheadOfUs(TimeSpan fast)
    {
        var instant = DateTimeOffset.UtcNow + fast;
        return Timestamp.FromDateTimeOffset(instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerSecond)));
    }

    /// <summary>"2026-11-20T15:00:00Z".</summary>
    public static Timestamp At(string instant) =>
        Timestamp.FromDateTimeOffset(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));
}
