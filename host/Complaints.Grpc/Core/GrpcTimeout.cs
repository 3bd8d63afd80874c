using System.Globalization;

namespace Complaints.Grpc;

/// <summary>
/// The <c>grpc-timeout</c> header: at most eight ASCII digits and a unit, H (hours), M (minutes), S (seconds),
/// m (milliseconds), u (microseconds) or n (nanoseconds).
/// </summary>
public static class GrpcTimeout
{
    private const int MaxDigits = 8;

    public static bool TryParse(string? value, out TimeSpan timeout)
    {
        timeout = default;
        if (string.IsNullOrEmpty(value) || value.Length < 2 || value.Length > MaxDigits + 1)
            return false;
        var digits = value.AsSpan(0, value.Length - 1);
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
                return false;
        }
        var amount = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        long? ticks = value[^1] switch
        {
            'H' => amount * TimeSpan.TicksPerHour,
            'M' => amount * TimeSpan.TicksPerMinute,
            'S' => amount * TimeSpan.TicksPerSecond,
            'm' => amount * TimeSpan.TicksPerMillisecond,
            'u' => amount * 10,
            'n' => amount / 100,
            _ => null,
        };
        if (ticks is null)
            return false;
        timeout = TimeSpan.FromTicks(ticks.Value);
        return true;
    }

    /// <summary>Formats a timeout in the finest unit whose value still fits in eight digits, rounding up.</summary>
    public static string Format(TimeSpan timeout)
    {
        var ticks = Math.Max(0, timeout.Ticks);
        (char Unit, long TicksPerUnit)[] units =
        [
            ('u', 10), ('m', TimeSpan.TicksPerMillisecond), ('S', TimeSpan.TicksPerSecond),
            ('M', TimeSpan.TicksPerMinute), ('H', TimeSpan.TicksPerHour),
        ];
        foreach (var (unit, perUnit) in units)
        {
            var amount = (ticks + perUnit - 1) / perUnit;
            if (amount < 100_000_000)
                return amount.ToString(CultureInfo.InvariantCulture) + unit;
        }
        return "99999999H";
    }
}
