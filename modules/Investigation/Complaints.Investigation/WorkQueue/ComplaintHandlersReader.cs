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
        // A complaint's handler is its latest assignment: someone who once handled it no longer does once another officer
        // was assigned after them. One query, the later assignment looked up on the (complaint, stage) index, rather
        // than every candidate's assignments read back (thousands for a busy officer).
        var current = db.Assignments.AsNoTracking().Where(a => !db.Assignments.Any(later => later.ComplaintId == a.ComplaintId && later.Id > a.Id));
        if (officerId is { } officer)
            current = current.Where(a => a.OfficerId == officer);
        if (team is { } wanted)
        {
            var lower = wanted.ToLowerInvariant();
            current = current.Where(a => a.ServiceArea.ToLower() == lower);
        }
        return (await current.Select(a => a.ComplaintId).ToListAsync(cancellationToken)).ToHashSet();
    }
}
