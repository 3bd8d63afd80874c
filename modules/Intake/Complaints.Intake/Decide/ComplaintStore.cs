using Complaints.Intake.Domain;
using Complaints.Intake.Persistence;
using Complaints.Kernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Decide;

/// <summary>Loads a complaint for a change, holding the caller to the version they last read.</summary>
internal sealed class ComplaintStore(IntakeDbContext db)
{
    public async Task<Complaint> GetForUpdateAsync(Guid id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException("Complaint", id.ToString());
        if (expectedVersion is { } version)
        {
            if (version != complaint.Version)
                throw new ConcurrencyConflictException(nameof(Complaint), complaint.Reference);
            db.Entry(complaint).Property(c => c.Version).OriginalValue = version;
        }
        return complaint;
    }
}
