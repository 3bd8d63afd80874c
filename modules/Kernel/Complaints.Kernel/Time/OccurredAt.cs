using Complaints.Kernel.Errors;

namespace Complaints.Kernel.Time;

/// <summary>
/// The real-world time of a state change (a letter received last Friday, say): given by the caller or now, never in
/// the future beyond the allowed clock skew between our server and the caller's. Kept to whole milliseconds, a
/// precision both databases store exactly, so an instant copied into a record reads back equal to its column.
/// </summary>
public static class OccurredAt
{
    public static DateTimeOffset Resolve(DateTimeOffset? requested, TimeProvider clock, TimeSpan allowedSkew, string field = "occurred_at")
    {
        var now = clock.GetUtcNow();
        if (requested is null)
            return ToMilliseconds(now);
        if (requested.Value > now + allowedSkew)
            throw new ValidationException(new FieldViolation(field, $"{requested.Value:O} is in the future; it must be no later than now."));
        return ToMilliseconds(requested.Value.ToUniversalTime());
    }

    /// <summary>An instant to the whole millisecond: what every provider stores exactly, so a reply made from what a
    /// call wrote shows what a later read will.</summary>
    public static DateTimeOffset WholeMilliseconds(DateTimeOffset instant) => ToMilliseconds(instant);

    private static DateTimeOffset ToMilliseconds(DateTimeOffset instant) =>
        new(instant.Ticks - instant.Ticks % TimeSpan.TicksPerMillisecond, instant.Offset);
}
