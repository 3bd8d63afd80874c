using Complaints.Hazards.Contracts;
using Complaints.Hazards.Domain;
using Complaints.Hazards.Persistence;
using Complaints.Hazards.Policy;
using Complaints.Hazards.Report;
using Complaints.HousingSystem.Contracts;
using Complaints.Kernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Hazards.FromHousingSystem;

/// <summary>
/// Subscribes to HousingSystem's ComplaintStockTypeResolvedEvent, which carries the tenancy's tenure from the housing
/// management system. Each hazard raised from that complaint whose tenure was not recorded takes it; where the
/// regulations do not reach that tenure (the profile's <c>hazards.appliesToTenures</c>) its clocks stop as
/// TenureNotCovered — until then they ran, the safe side. A tenure an officer recorded is never overwritten.
/// </summary>
internal sealed class ApplyTenureOnResolved(HazardsDbContext db, IEventPublisher events, IOptions<HazardsPolicy> policy, TimeProvider clock)
    : IEventHandler<ComplaintStockTypeResolvedEvent>
{
    public const string HousingSystemActor = "housing-system";

    public async Task HandleAsync(ComplaintStockTypeResolvedEvent @event, CancellationToken cancellationToken)
    {
        var hazards = await db.Hazards.Where(h => h.ComplaintId == @event.ComplaintId && h.Tenure == "").ToListAsync(cancellationToken);
        if (hazards.Count == 0)
            return;
        var tenure = @event.TenureType.ToString();
        var covered = HazardRules.TenureApplies(policy.Value, tenure);
        var now = clock.GetUtcNow();
        foreach (var hazard in hazards)
        {
            hazard.Tenure = tenure;
            if (covered || hazard.Stopped is not null)
                continue;
            var evidence = $"The housing management system gives the tenancy's tenure as {tenure}; the regulations reach "
                + $"{string.Join(", ", policy.Value.AppliesToTenures)} ({policy.Value.TenuresRegulation}).";
            hazard.Stopped = new ClockStop(StopReason.TenureNotCovered, evidence, now, HousingSystemActor);
            hazard.StoppedAt = now;
            events.Publish(new HazardClocksStoppedEvent(hazard.Id, hazard.Reference, hazard.Kind, nameof(StopReason.TenureNotCovered), [], now));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
