using Complaints.Kernel.Calendar;
using Google.Protobuf.WellKnownTypes;

namespace Complaints.Host.Api.Rules;

/// <summary>
/// A <c>google.protobuf.Timestamp</c> in a request is an instant in a complaint's life (when it happened, was received,
/// the instant to view things as of), so it must fall in the years the working-day calendar covers: one outside them
/// could not be counted in working days, and is a slip (year 1, 9999) rather than a date anyone meant. Nanos must be
/// 0–999,999,999 as the type requires.
/// </summary>
internal static class TimestampRange
{
    private static readonly long FirstSecond = new DateTimeOffset(BankHolidayCalendar.FirstSupportedYear, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
    private static readonly long LastSecond = new DateTimeOffset(BankHolidayCalendar.LastSupportedYear + 1, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds() - 1;

    private static readonly string Expected =
        $"must be a valid timestamp in the years {BankHolidayCalendar.FirstSupportedYear} to {BankHolidayCalendar.LastSupportedYear} (the working-day calendar's), nanos 0 to 999,999,999";

    public static void Check(Timestamp timestamp, string path, Violations violations)
    {
        if (timestamp.Seconds < FirstSecond || timestamp.Seconds > LastSecond || timestamp.Nanos is < 0 or > 999_999_999)
            violations.Add(path, Expected);
    }
}
