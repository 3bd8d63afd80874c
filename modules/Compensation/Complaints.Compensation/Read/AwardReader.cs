using System.Globalization;
using System.Text;
using Complaints.Compensation.Domain;
using Complaints.Compensation.Persistence;
using Complaints.Kernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Compensation.Read;

/// <summary>An award with its payments, as read.</summary>
internal sealed record AwardView(Award Award, IReadOnlyList<Payment> Payments);

/// <summary>The work queue's filters; null or empty means any.</summary>
internal sealed record AwardListQuery(
    Guid? ComplaintId,
    IReadOnlyList<AwardStatus> Statuses,
    string? ProposedBy,
    DateOnly? ProposedFrom,
    DateOnly? ProposedTo,
    string? Band,
    int PageSize,
    long? After);

internal sealed record AwardPage(IReadOnlyList<AwardView> Awards, long? NextAfter);

/// <summary>Reads awards: one by id or reference, or a page of the work queue (newest first, keyset on id).</summary>
internal sealed class AwardReader(CompensationDbContext db)
{
    public async Task<AwardView> GetAsync(long id, string? reference, CancellationToken cancellationToken)
    {
        var award = await (id != 0
                ? db.Awards.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
                : db.Awards.AsNoTracking().SingleOrDefaultAsync(a => a.Reference == reference, cancellationToken))
            ?? throw new NotFoundException("Award", id != 0 ? id.ToString(CultureInfo.InvariantCulture) : reference ?? "");
        return (await WithPaymentsAsync([award], cancellationToken))[0];
    }

    public async Task<AwardPage> ListAsync(AwardListQuery query, CancellationToken cancellationToken)
    {
        var awards = db.Awards.AsNoTracking();
        if (query.ComplaintId is { } complaintId)
            awards = awards.Where(a => a.ComplaintId == complaintId);
        if (query.Statuses.Count > 0)
            awards = awards.Where(a => query.Statuses.Contains(a.Status));
        if (!string.IsNullOrWhiteSpace(query.ProposedBy))
            awards = awards.Where(a => a.ProposedBy == query.ProposedBy);
        if (query.ProposedFrom is { } from)
            awards = awards.Where(a => a.ProposedOn >= from);
        if (query.ProposedTo is { } to)
            awards = awards.Where(a => a.ProposedOn <= to);
        if (!string.IsNullOrWhiteSpace(query.Band))
            awards = awards.Where(a => a.Band == query.Band);
        if (query.After is { } after)
            awards = awards.Where(a => a.Id < after);
        var page = await awards.OrderByDescending(a => a.Id).Take(query.PageSize + 1).ToListAsync(cancellationToken);
        var more = page.Count > query.PageSize;
        var shown = page.Take(query.PageSize).ToList();
        return new AwardPage(await WithPaymentsAsync(shown, cancellationToken), more ? shown[^1].Id : null);
    }

    private async Task<IReadOnlyList<AwardView>> WithPaymentsAsync(IReadOnlyList<Award> awards, CancellationToken cancellationToken)
    {
        var ids = awards.Select(a => a.Id).ToList();
        var payments = (await db.Payments.AsNoTracking().Where(p => ids.Contains(p.AwardId)).ToListAsync(cancellationToken))
            .ToLookup(p => p.AwardId);
        return awards.Select(a => new AwardView(a, payments[a.Id].OrderBy(p => p.Id).ToList())).ToList();
    }
}

/// <summary>Page tokens: the last id shown, opaque to callers.</summary>
internal static class AwardPageToken
{
    public static string Write(long? after) =>
        after is { } id ? Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"award:{id}"))) : "";

    public static long? Read(string token)
    {
        if (string.IsNullOrEmpty(token))
            return null;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            if (text.StartsWith("award:", StringComparison.Ordinal) && long.TryParse(text.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                return id;
        }
        catch (FormatException)
        {
        }
        throw new ValidationException(new FieldViolation("page_token", "is not a token this service gave out"));
    }
}
