using Complaints.Intake.Persistence;
using Complaints.Kernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Feedback;

/// <summary>The list's filters; empty means any.</summary>
internal sealed record FeedbackListQuery(
    IReadOnlyList<string> Kinds, string? ServiceArea, DateTimeOffset? ReceivedFrom, DateTimeOffset? ReceivedBefore,
    bool IncludeLoggedAsComplaint, int PageSize, FeedbackCursor? After);

internal sealed record FeedbackPage(IReadOnlyList<FeedbackRecord> Feedback, FeedbackCursor? Next);

/// <summary>Reads compliments and feedback: one by id or reference, or a page newest received first (keyset on received, reference).</summary>
internal sealed class FeedbackReader(IntakeDbContext db)
{
    public async Task<FeedbackRecord> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Feedback.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
        ?? throw new NotFoundException("Feedback", id.ToString());

    public async Task<FeedbackRecord> GetByReferenceAsync(string reference, CancellationToken cancellationToken) =>
        await db.Feedback.AsNoTracking().SingleOrDefaultAsync(f => f.Reference == reference, cancellationToken)
        ?? throw new NotFoundException("Feedback", reference);

    public async Task<FeedbackPage> ListAsync(FeedbackListQuery query, CancellationToken cancellationToken)
    {
        var rows = db.Feedback.AsNoTracking();
        if (query.Kinds.Count > 0)
            rows = rows.Where(f => query.Kinds.Contains(f.Kind));
        if (!string.IsNullOrWhiteSpace(query.ServiceArea))
            rows = rows.Where(f => f.ServiceArea == query.ServiceArea);
        if (query.ReceivedFrom is { } from)
            rows = rows.Where(f => f.ReceivedAt >= from);
        if (query.ReceivedBefore is { } before)
            rows = rows.Where(f => f.ReceivedAt < before);
        if (!query.IncludeLoggedAsComplaint)
            rows = rows.Where(f => f.ComplaintId == null);
        if (query.After is { } after)
            rows = rows.Where(f => f.ReceivedAt < after.ReceivedAt
                || (f.ReceivedAt == after.ReceivedAt && string.Compare(f.Reference, after.Reference) < 0));
        var page = await rows.OrderByDescending(f => f.ReceivedAt).ThenByDescending(f => f.Reference)
            .Take(query.PageSize + 1).ToListAsync(cancellationToken);
        var shown = page.Take(query.PageSize).ToList();
        return new FeedbackPage(shown, page.Count > query.PageSize ? new FeedbackCursor(shown[^1].ReceivedAt, shown[^1].Reference) : null);
    }
}
