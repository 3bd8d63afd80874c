using System.Globalization;
using System.Text;
using Complaints.Kernel.WorkQueue;

namespace Complaints.Reporting.WorkQueue;

/// <summary>A page token: the last item's place in queue order (due instant, source, tie), base64url so it passes in a query string.</summary>
internal static class WorkQueueToken
{
    public static string ToToken(WorkItemPosition position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(
                $"{position.DueBy.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{position.Source}|{position.Tie}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The position a token names, or null when it is not one this service gave out.</summary>
    public static WorkItemPosition? FromToken(string token)
    {
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 += new string('=', (4 - base64.Length % 4) % 4);
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64)).Split('|', 3);
            if (parts.Length != 3 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
                return null;
            return new WorkItemPosition(new DateTimeOffset(ticks, TimeSpan.Zero), parts[1], parts[2]);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
