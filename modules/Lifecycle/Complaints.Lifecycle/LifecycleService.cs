using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Domain;
using Complaints.Lifecycle.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Lifecycle;

/// <summary>The Lifecycle facade other modules call (through <see cref="ILifecycle"/>), inside their unit of work.</summary>
internal sealed class LifecycleService(LifecycleDbContext db, TimeProvider clock) : ILifecycle
{
    public async Task<LifecycleView> StartAsync(Guid complaintId, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var initial = ComplaintWorkflow.Machine.InitialState;
        var lifecycleCase = new LifecycleCase { ComplaintId = complaintId, Stage = initial, EnteredStageAt = receivedAt };
        db.Cases.Add(lifecycleCase);
        db.Transitions.Add(new StageTransition
        {
            ComplaintId = complaintId,
            FromStage = null,
            ToStage = initial,
            Trigger = "Log",
            Actor = ExecutionScope.Current?.Actor.Id ?? Actor.System.Id,
            OccurredAt = receivedAt,
            RecordedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return await FindAsync(complaintId, asOf: null, cancellationToken)
            ?? throw new InvalidOperationException($"The lifecycle of {complaintId} vanished inside its own transaction.");
    }

    public async Task<LifecycleView?> FindAsync(Guid complaintId, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var lifecycleCase = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.ComplaintId == complaintId, cancellationToken);
        if (lifecycleCase is null)
            return null;
        var instant = asOf ?? clock.GetUtcNow();
        // The stage at an instant is where the last transition that had happened by then left it.
        var history = await db.Transitions.AsNoTracking()
            .Where(t => t.ComplaintId == complaintId && t.OccurredAt <= instant).OrderBy(t => t.OccurredAt).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        if (history.Count == 0)
            return null;
        var last = history[^1];
        var permitted = ComplaintWorkflow.Machine.PermittedTriggers(last.ToStage, lifecycleCase).Select(t => t.ToString()).ToList();
        return new LifecycleView(complaintId, last.ToStage.ToString(), last.OccurredAt, permitted, history.Select(ToView).ToList());
    }

    private static StageTransitionView ToView(StageTransition t) =>
        new(t.FromStage?.ToString(), t.ToStage.ToString(), t.Trigger, t.Actor, t.OccurredAt, t.Reason);
}
