using Complaints.HousingSystem.Domain;
using Complaints.HousingSystem.Persistence;
using Complaints.Intake.Contracts;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Persistence;

namespace Complaints.HousingSystem.Resolution;

/// <summary>
/// Subscribes to Intake's ComplaintLoggedEvent: links the new complaint to its resident and property, pending. The HMS
/// is not asked here — the complaint is already logged whatever the HMS does, and a slow HMS must not hold this
/// delivery's transaction — <see cref="PendingResolutionWorker"/> resolves the link as soon as this commits.
/// </summary>
internal sealed class RecordComplaintPartiesOnLogged(HousingSystemDbContext db, UnitOfWork unitOfWork, ResolutionSignal signal)
    : IEventHandler<ComplaintLoggedEvent>
{
    public async Task HandleAsync(ComplaintLoggedEvent @event, CancellationToken cancellationToken)
    {
        var resident = Blank(@event.ResidentReference);
        var property = Blank(@event.PropertyReference);
        if (resident is null && property is null)
            return; // anonymous, and about no particular home: nothing to resolve
        db.ComplaintParties.Add(new ComplaintParties
        {
            ComplaintId = @event.ComplaintId,
            ComplaintReference = @event.Reference,
            ResidentReference = resident,
            PropertyReference = property,
            ReceivedAt = @event.ReceivedAt,
            Resolution = Domain.Resolution.Pending,
        });
        await db.SaveChangesAsync(cancellationToken);
        unitOfWork.AfterCommit(signal.Notify);
    }

    private static string? Blank(string? reference) => string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
}
