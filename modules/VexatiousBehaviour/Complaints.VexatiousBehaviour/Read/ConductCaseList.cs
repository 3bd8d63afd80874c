using Complaints.Kernel.Calendar;
using Complaints.VexatiousBehaviour.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.VexatiousBehaviour.Read;

/// <summary>
/// Conduct cases newest first, keyset-paged by id, each with its counts: incidents and warnings (JSON columns, counted
/// here), and its restrictions in force and reviews overdue today.
/// </summary>
internal sealed class ConductCaseList(VexatiousBehaviourDbContext db, TimeProvider clock)
{
    public async Task<(IReadOnlyList<ConductCaseListItem> Cases, long? Next)> ListAsync(string? residentReference, int pageSize, long? before, CancellationToken cancellationToken)
    {
        var query = db.Cases.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(residentReference))
            query = query.Where(c => c.ResidentReference == residentReference.Trim());
        if (before is { } id)
            query = query.Where(c => c.Id < id);
        var cases = await query.OrderByDescending(c => c.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var page = cases.Take(pageSize).ToList();
        var ids = page.Select(c => c.Id).ToList();
        var restrictions = (await db.Restrictions.AsNoTracking().Where(r => ids.Contains(r.CaseId)).ToListAsync(cancellationToken)).ToLookup(r => r.CaseId);
        var now = clock.GetUtcNow();
        var today = LondonTime.Date(now);
        var items = page.Select(c =>
        {
            var inForce = restrictions[c.Id].Where(r => r.StatusOn(today, now) is Domain.RestrictionStatus.Active or Domain.RestrictionStatus.Scheduled).ToList();
            return new ConductCaseListItem(c.Id, c.Reference, c.ResidentReference, c.Summary, c.OpenedAt, c.Incidents.Count, c.Warnings.Count,
                inForce.Count, inForce.Count(r => r.StatusOn(today, now) == Domain.RestrictionStatus.Active && today > r.ReviewDueOn));
        }).ToList();
        return (items, cases.Count > pageSize ? page[^1].Id : null);
    }
}

internal sealed record ConductCaseListItem(
    long Id, string Reference, string ResidentReference, string Summary, DateTimeOffset OpenedAt, int Incidents, int Warnings, int RestrictionsInForce, int ReviewsOverdue);
