using Complaints.HousingSystem.Contracts;
using Complaints.HousingSystem.Domain;
using Complaints.HousingSystem.Persistence;
using Complaints.HousingSystem.Policy;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.HousingSystem.Resolution;

/// <summary>
/// Resolves pending complaint links through the cached directories: fetched (and cached) from the HMS outside any
/// transaction, then the link marked in a short one. While the HMS cannot be reached a link stays pending; the
/// complaint itself was never held up by it.
/// </summary>
internal sealed class ComplaintPartyResolver(
    HousingSystemDbContext db, IResidentDirectory residents, IPropertyDirectory properties, UnitOfWork unitOfWork, TimeProvider clock,
    IEventPublisher events, IOptions<HousingSystemPolicy> policy)
{
    private const int BatchSize = 100;

    /// <summary>One pass over the pending links, oldest attempt first; returns how many were resolved.</summary>
    public async Task<int> ResolvePendingAsync(CancellationToken cancellationToken)
    {
        var pending = await db.ComplaintParties.AsNoTracking().Where(l => l.Resolution == Domain.Resolution.Pending)
            .OrderBy(l => l.Attempts).ThenBy(l => l.ComplaintId).Take(BatchSize).ToListAsync(cancellationToken);
        var resolved = 0;
        foreach (var link in pending)
        {
            var (outcome, property, tenure) = await ResolveAsync(link, cancellationToken);
            await RecordAsync(link.ComplaintId, outcome, property, tenure, cancellationToken);
            if (outcome != Domain.Resolution.Pending)
                resolved++;
            else
                break; // the HMS is not answering: the rest wait for the next pass rather than each time out now
        }
        return resolved;
    }

    private async Task<(Domain.Resolution Outcome, string? Property, TenureType? Tenure)> ResolveAsync(ComplaintParties link, CancellationToken cancellationToken)
    {
        try
        {
            var property = link.PropertyReference;
            TenureType? tenure = null;
            if (link.ResidentReference is { } residentReference)
            {
                var resident = await residents.FindAsync(residentReference, cancellationToken);
                if (resident is null)
                    return (Domain.Resolution.NotFound, property, null);
                tenure = resident.Record.Tenancy?.TenureType;
                // A complaint about no particular home is about the home of the resident's tenancy.
                property ??= resident.Record.Tenancy?.PropertyReference;
            }
            if (property is not null && await properties.FindAsync(property, cancellationToken) is null)
                return (Domain.Resolution.NotFound, property, tenure);
            return (Domain.Resolution.Resolved, property, tenure);
        }
        catch (HousingSystemUnavailableException)
        {
            return (Domain.Resolution.Pending, link.PropertyReference, null);
        }
    }

    private Task RecordAsync(Guid complaintId, Domain.Resolution outcome, string? property, TenureType? tenure, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            var link = await db.ComplaintParties.FirstAsync(l => l.ComplaintId == complaintId, cancellationToken);
            var now = OccurredAt.WholeMilliseconds(clock.GetUtcNow());
            link.Attempts++;
            link.LastAttemptAt = now;
            link.Resolution = outcome;
            link.PropertyReference = property;
            if (outcome != Domain.Resolution.Pending)
                link.ResolvedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            // The resident's tenancy is known: its tenure says which stock the complaint is reported under.
            if (tenure is { } tenureType && outcome != Domain.Resolution.Pending)
                events.Publish(new ComplaintStockTypeResolvedEvent(complaintId,
                    policy.Value.StockTypeByTenure.GetValueOrDefault(tenureType, StockType.Other), tenureType, now));
            return true;
        }, cancellationToken);
}
