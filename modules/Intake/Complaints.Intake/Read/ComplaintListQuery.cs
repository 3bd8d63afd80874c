using Complaints.Lifecycle.Contracts;

namespace Complaints.Intake.Read;

/// <summary>
/// What ListComplaints asks for. Stages and clock statuses are matched against the lifecycle as of
/// <see cref="AsOf"/> (null: now, with every change recorded); the rest is Intake's own. <see cref="After"/> is the
/// keyset cursor from a page token.
/// </summary>
internal sealed record ComplaintListQuery(
    IReadOnlySet<ComplaintStage> Stages,
    IReadOnlySet<ClockStatus> ClockStatuses,
    string? NamedOfficer,
    DateTimeOffset? ReceivedFrom,
    DateTimeOffset? ReceivedBefore,
    int PageSize,
    ListCursor? After,
    DateTimeOffset? AsOf);

/// <summary>A position in the list's order: newest received first, then by reference (unique) for ties.</summary>
internal sealed record ListCursor(DateTimeOffset ReceivedAt, string Reference)
{
    public string ToToken() =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{ReceivedAt.UtcTicks}|{Reference}"));

    public static ListCursor? FromToken(string token)
    {
        try
        {
            var parts = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split('|', 2);
            return parts.Length == 2 && long.TryParse(parts[0], out var ticks) && parts[1].Length > 0
                ? new ListCursor(new DateTimeOffset(ticks, TimeSpan.Zero), parts[1])
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}

/// <summary>One page, and where the next one starts (null on the last page).</summary>
internal sealed record ComplaintPage(IReadOnlyList<ComplaintView> Complaints, ListCursor? Next);
