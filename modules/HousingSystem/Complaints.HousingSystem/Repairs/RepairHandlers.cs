using Complaints.HousingSystem.Cache;
using Complaints.HousingSystem.Contracts;
using Complaints.HousingSystem.Domain;
using Complaints.HousingSystem.Persistence;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Complaints.HousingSystem.Repairs;

/// <summary>Keeps the job the HMS raised, against the complaint.</summary>
internal sealed class RaiseRepairHandler(HousingSystemDbContext db, TimeProvider clock) : ICommandHandler<RaiseRepairCommand, Guid>
{
    public async Task<Guid> HandleAsync(PluginContext<RaiseRepairCommand, Guid> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var job = command.Job ?? throw new InvalidOperationException("RaiseRepair reached its main operation without a job from the HMS.");
        var now = OccurredAt.WholeMilliseconds(clock.GetUtcNow());
        var record = new RepairJobRecord
        {
            Id = Guid.CreateVersion7(),
            JobReference = job.JobReference,
            ComplaintId = command.ComplaintId,
            PropertyReference = command.PropertyReference!,
            Description = command.Description,
            Priority = command.Priority!.Value,
            Status = job.Status,
            StatusChangedAt = now,
            RaisedAt = now,
            RaisedBy = context.InitiatingUser.Id,
        };
        db.RepairJobs.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        context.PostImage = record;
        return record.Id;
    }
}

/// <summary>Records the status the HMS reports for one of the jobs raised here.</summary>
internal sealed class RecordRepairStatusHandler(HousingSystemDbContext db, TimeProvider clock) : ICommandHandler<RecordRepairStatusCommand, Guid>
{
    public async Task<Guid> HandleAsync(PluginContext<RecordRepairStatusCommand, Guid> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (command.Status is not { } status)
            throw new ValidationException(new FieldViolation("status", "must be a repair status"));
        var job = await db.RepairJobs.FirstOrDefaultAsync(j => j.JobReference == command.JobReference, cancellationToken)
            ?? throw new NotFoundException("Repair job", command.JobReference);
        job.Status = status;
        job.StatusChangedAt = OccurredAt.WholeMilliseconds(command.OccurredAt ?? clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return job.Id;
    }
}

/// <summary>Expires the kept copy of a resident or property the HMS says has changed; the next read fetches it again.</summary>
internal sealed class ExpireCachedRecordHandler(RecordCache cache) : ICommandHandler<ExpireCachedRecordCommand, bool>
{
    public Task<bool> HandleAsync(PluginContext<ExpireCachedRecordCommand, bool> context, CancellationToken cancellationToken) =>
        context.Target.Kind switch
        {
            CachedRecordKind.Resident => cache.ExpireAsync<CachedResident, Resident>(context.Target.Reference, cancellationToken),
            CachedRecordKind.Property => cache.ExpireAsync<CachedProperty, Property>(context.Target.Reference, cancellationToken),
            _ => throw new ValidationException(new FieldViolation("kind", "must be a resident or a property")),
        };
}
