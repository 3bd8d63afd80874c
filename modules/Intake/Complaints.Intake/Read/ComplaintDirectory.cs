using Complaints.Intake.Contracts;
using Complaints.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Read;

/// <summary>Intake's answer to <see cref="IComplaintDirectory"/>.</summary>
internal sealed class ComplaintDirectory(IntakeDbContext db) : IComplaintDirectory
{
    public async Task<ComplaintSummary?> FindAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == complaintId, cancellationToken);
        return complaint is null ? null : new ComplaintSummary(complaint.Id, complaint.Reference, complaint.Points.Select(p => p.Text).ToList(),
            complaint.NamedOfficer, complaint.ResidentReference, complaint.Description, complaint.Channel.ToString());
    }
}
