using Complaints.Hazards.Clocks;
using Complaints.Hazards.Persistence;
using Complaints.Hazards.Record;
using Complaints.Kernel.Pipeline;

namespace Complaints.Hazards.Sweep;

/// <summary>
/// Announce the hazard's clocks that have passed their due instant unmet (message <c>RecordMissedClocks</c>, sent by the
/// system's sweep); returns how many were new. A landlord's plug-in on this message hears of each miss as it happens.
/// </summary>
internal sealed record RecordMissedClocksCommand(long HazardId) : ICommand<int>;

internal sealed class RecordMissedClocksHandler(HazardsDbContext db, HazardStore store, HazardClockCalculator calculator, TimeProvider clock)
    : ICommandHandler<RecordMissedClocksCommand, int>
{
    public async Task<int> HandleAsync(PluginContext<RecordMissedClocksCommand, int> context, CancellationToken cancellationToken)
    {
        var hazard = await store.ForUpdateAsync(context.Target.HazardId, cancellationToken);
        var announced = store.AnnounceMissed(hazard, calculator.Calculate(hazard, clock.GetUtcNow()));
        if (announced > 0)
            await db.SaveChangesAsync(cancellationToken);
        return announced;
    }
}
