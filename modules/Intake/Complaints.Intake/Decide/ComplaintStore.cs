using Complaints.Intake.Domain;
using Complaints.Intake.Persistence;
using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Decide;

/// <summary>
/// Loads a complaint for a change, holding the caller to the version they last read: the complaint's one version,
/// which the lifecycle keeps (so Intake's and Investigation's changes share it).
/// </summary>
internal sealed class ComplaintStore(IntakeDbContext db, ILifecycle lifecycle)
{
    public async Task<Complaint> GetForUpdateAsync(Guid id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException("Complaint", id.ToString());
        if (expectedVersion is { } version)
        {
            try
            {
                await lifecycle.CheckVersionAsync(id, version, cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
                throw new ConcurrencyConflictException(nameof(Complaint), complaint.Reference); // named as the caller knows it
            }
        }
        return complaint;
    }
}
