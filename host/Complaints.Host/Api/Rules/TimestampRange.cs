using Google.Protobuf.WellKnownTypes;

namespace Complaints.Host.Api.Rules;

/// <summary>What a <c>google.protobuf.Timestamp</c> may hold (years 1–9999, nanos 0–999,999,999); anything else
/// would throw deep inside a handler when converted.</summary>
internal static class TimestampRange
{
    private static readonly long MinSeconds = Timestamp.FromDateTime(DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)).Seconds;
    private static readonly long MaxSeconds = Timestamp.FromDateTime(DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc)).Seconds;

    public static void Check(Timestamp timestamp, string path, Violations violations)
    {
        if (timestamp.Seconds < MinSeconds || timestamp.Seconds > MaxSeconds || timestamp.Nanos is < 0 or > 999_999_999)
            violations.Add(path, "must be a valid timestamp between years 1 and 9999, nanos 0 to 999,999,999");
    }
}
