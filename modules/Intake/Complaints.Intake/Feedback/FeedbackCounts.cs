using Complaints.Intake.Contracts;
using Complaints.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Feedback;

/// <summary>
/// Counts compliments and feedback in SQL, grouped by the London month stored with each at recording: a range walk of
/// the (received, kind, month, complaint) index, never the rows' text. Feedback logged as a complaint counts as the complaint.
/// </summary>
internal sealed class FeedbackCounts(IntakeDbContext db) : IFeedbackCounts
{
    public async Task<IReadOnlyList<FeedbackMonthCount>> CountByMonthAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var (start, end) = (from.ToUniversalTime(), until.ToUniversalTime()); // PostgreSQL takes only offset 0
        var groups = await db.Feedback.AsNoTracking()
            .Where(f => f.ReceivedAt >= start && f.ReceivedAt < end && f.ComplaintId == null)
            .GroupBy(f => new { f.ReceivedMonth, f.Kind, f.IsCompliment })
            .Select(g => new { g.Key.ReceivedMonth, g.Key.Kind, g.Key.IsCompliment, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return groups.OrderBy(g => g.ReceivedMonth).ThenBy(g => g.Kind, StringComparer.Ordinal)
            .Select(g => new FeedbackMonthCount(g.ReceivedMonth / 100, g.ReceivedMonth % 100, g.Kind, g.IsCompliment, g.Count))
            .ToList();
    }
}
