using Complaints.Intake.Contracts;
using Complaints.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Read;

/// <summary>Intake's answer to <see cref="IComplaintPoints"/>.</summary>
internal sealed class ComplaintPoints(IntakeDbContext db) : IComplaintPoints
{
    public async Task<IReadOnlyList<string>?> FindAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == complaintId, cancellationToken);
        return complaint?.Points.Select(p => p.Text).ToList();
    }
}
