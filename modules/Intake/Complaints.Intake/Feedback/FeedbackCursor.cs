using System.Globalization;
using System.Text;
using Complaints.Kernel.Errors;

namespace Complaints.Intake.Feedback;

/// <summary>Where a page of feedback ended: the last one shown, as an opaque token.</summary>
internal sealed record FeedbackCursor(DateTimeOffset ReceivedAt, string Reference)
{
    private const string Prefix = "feedback:";

    public string ToToken() => Convert.ToBase64String(Encoding.UTF8.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{ReceivedAt.UtcTicks}:{Reference}")));

    /// <summary>Null for the first page; INVALID_ARGUMENT for a token this service did not give out.</summary>
    public static FeedbackCursor? FromToken(string token)
    {
        if (string.IsNullOrEmpty(token))
            return null;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            var parts = text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..].Split(':', 2) : [];
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTimeOffset.MaxValue.UtcTicks && parts[1].Length > 0)
                return new FeedbackCursor(new DateTimeOffset(ticks, TimeSpan.Zero), parts[1]);
        }
        catch (FormatException)
        {
        }
        throw new ValidationException(new FieldViolation("page_token", "is not a token this service gave out"));
    }
}
