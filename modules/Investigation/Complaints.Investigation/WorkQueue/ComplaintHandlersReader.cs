using Complaints.Investigation.Contracts;
using Complaints.Investigation.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Investigation.WorkQueue;

/// <summary><see cref="IComplaintHandlers"/> from the assignments: a complaint's latest one (highest id) is its handler.</summary>
internal sealed class ComplaintHandlersReader(InvestigationDbContext db) : IComplaintHandlers
{
    public async Task<IReadOnlyDictionary<Guid, ComplaintHandler>> ForComplaintsAsync(IReadOnlyCollection<Guid> complaintIds, CancellationToken cancellationToken)
    {
        var ids = complaintIds.Distinct().ToList();
        var assignments = await db.Assignments.AsNoTracking().Where(a => ids.Contains(a.ComplaintId))
            .Select(a => new { a.Id, a.ComplaintId, a.OfficerId, a.OfficerName, a.ServiceArea }).ToListAsync(cancellationToken);
        return assignments.GroupBy(a => a.ComplaintId)
            .Select(g => g.MaxBy(a => a.Id)!)
            .ToDictionary(a => a.ComplaintId, a => new ComplaintHandler(a.OfficerId, a.OfficerName, a.ServiceArea));
    }

    public async Task<IReadOnlySet<Guid>> HandledByAsync(string? officerId, string? team, CancellationToken cancellationToken)
    {
        var assignments = db.Assignments.AsNoTracking();
        if (officerId is { } officer)
            assignments = assignments.Where(a => a.OfficerId == officer);
        if (team is { } wanted)
        {
            var lower = wanted.ToLowerInvariant();
            assignments = assignments.Where(a => a.ServiceArea.ToLower() == lower);
        }
        var candidates = await assignments.Select(a => a.ComplaintId).Distinct().ToListAsync(cancellationToken);
        // Someone who once handled a complaint no longer does once another officer was assigned after them.
        var handlers = await ForComplaintsAsync(candidates, cancellationToken);
        return handlers.Where(h => (officerId is null || h.Value.OfficerId == officerId)
                && (team is null || string.Equals(h.Value.Team, team, StringComparison.OrdinalIgnoreCase)))
            .Select(h => h.Key).ToHashSet();
    }
}
