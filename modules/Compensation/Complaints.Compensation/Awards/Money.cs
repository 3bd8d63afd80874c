using System.Globalization;

namespace Complaints.Compensation.Awards;

/// <summary>Pounds and pence for people, from integer pence (no floating point on the way).</summary>
internal static class Money
{
    public static string Format(long pence)
    {
        // The magnitude as unsigned: -long.MinValue does not fit in a long.
        var magnitude = pence < 0 ? (ulong)-(pence + 1) + 1 : (ulong)pence;
        return string.Create(CultureInfo.InvariantCulture, $"{(pence < 0 ? "-" : "")}£{magnitude / 100:N0}.{magnitude % 100:D2}");
    }
}
