using Complaints.Intake.Contracts;
using Complaints.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Read;

/// <summary>Intake's answer to <see cref="IComplaintDirectory"/>.</summary>
internal sealed class ComplaintDirectory(IntakeDbContext db) : IComplaintDirectory
{
    public async Task<ComplaintSummary?> FindAsync(Guid complaintId, CancellationToken cancellationToken) =>
        Summary(await db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == complaintId, cancellationToken));

    public async Task<ComplaintSummary?> FindByReferenceAsync(string reference, CancellationToken cancellationToken) =>
        Summary(await db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken));

    public async Task<IReadOnlyDictionary<Guid, string>> ReferencesAsync(IReadOnlyCollection<Guid> complaintIds, CancellationToken cancellationToken)
    {
        var references = new Dictionary<Guid, string>();
        // In slices, so the IN list stays well inside every provider's parameter limit.
        foreach (var slice in complaintIds.Chunk(500))
            foreach (var row in await db.Complaints.AsNoTracking().Where(c => slice.Contains(c.Id)).Select(c => new { c.Id, c.Reference }).ToListAsync(cancellationToken))
                references[row.Id] = row.Reference;
        return references;
    }

    private static ComplaintSummary? Summary(Domain.Complaint? complaint) =>
        complaint is null ? null : new ComplaintSummary(complaint.Id, complaint.Reference, complaint.Points.Select(p => p.Text).ToList(),
            complaint.NamedOfficer, complaint.ResidentReference, complaint.Description, complaint.Channel.ToString());

    public async Task<IReadOnlyList<ComplaintSummary>> ForResidentAsync(string residentReference, CancellationToken cancellationToken)
    {
        var complaints = await db.Complaints.AsNoTracking().Where(c => c.ResidentReference == residentReference)
            .OrderBy(c => c.ReceivedAt).ToListAsync(cancellationToken);
        return complaints.Select(c => new ComplaintSummary(c.Id, c.Reference, c.Points.Select(p => p.Text).ToList(),
            c.NamedOfficer, c.ResidentReference, c.Description, c.Channel.ToString())
        {
            ReceivedAt = c.ReceivedAt, Vulnerabilities = c.Vulnerabilities, ReasonableAdjustments = c.ReasonableAdjustments, RepresentativeName = c.Representative?.Name,
        }).ToList();
    }
}
