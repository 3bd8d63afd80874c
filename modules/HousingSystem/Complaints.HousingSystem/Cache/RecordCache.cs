using Complaints.HousingSystem.Adapter;
using Complaints.HousingSystem.Contracts;
using Complaints.HousingSystem.Domain;
using Complaints.HousingSystem.Persistence;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.HousingSystem.Cache;

/// <summary>
/// Read-through cache of HMS records: a fresh copy is served as kept; an old or expired one is fetched again (outside
/// any transaction, so a slow HMS holds no lock) and stored; while the HMS cannot be asked the last copy is served
/// with its own <c>FetchedAt</c>, so the reader sees how old it is.
/// </summary>
internal sealed class RecordCache(HousingSystemDbContext db, UnitOfWork unitOfWork, TimeProvider clock, IOptions<HousingSystemOptions> options)
{
    public async Task<Cached<T>?> FindAsync<TEntity, T>(string reference, Func<CancellationToken, Task<T?>> fetch, CancellationToken cancellationToken)
        where TEntity : CachedRecord<T>, new() where T : class
    {
        var kept = await db.Set<TEntity>().AsNoTracking().FirstOrDefaultAsync(r => r.Reference == reference, cancellationToken);
        var now = OccurredAt.WholeMilliseconds(clock.GetUtcNow()); // as every provider stores it
        if (kept is { Expired: false } && now - kept.FetchedAt < options.Value.CacheMaxAge)
            return new Cached<T>(kept.Record, kept.FetchedAt);
        T? fetched;
        try
        {
            fetched = await fetch(cancellationToken);
        }
        catch (HousingSystemUnavailableException) when (kept is not null)
        {
            return new Cached<T>(kept.Record, kept.FetchedAt);
        }
        if (fetched is null)
            return null;
        await StoreAsync<TEntity, T>(reference, fetched, now, cancellationToken);
        return new Cached<T>(fetched, now);
    }

    /// <summary>Marks a kept copy as changed in the HMS; false when nothing was kept.</summary>
    public async Task<bool> ExpireAsync<TEntity, T>(string reference, CancellationToken cancellationToken)
        where TEntity : CachedRecord<T> where T : class
    {
        var kept = await db.Set<TEntity>().FirstOrDefaultAsync(r => r.Reference == reference, cancellationToken);
        if (kept is null)
            return false;
        kept.Expired = true;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task StoreAsync<TEntity, T>(string reference, T record, DateTimeOffset fetchedAt, CancellationToken cancellationToken)
        where TEntity : CachedRecord<T>, new() where T : class
    {
        try
        {
            await unitOfWork.ExecuteAsync(async () =>
            {
                var row = await db.Set<TEntity>().FirstOrDefaultAsync(r => r.Reference == reference, cancellationToken);
                if (row is null)
                    db.Set<TEntity>().Add(row = new TEntity { Reference = reference });
                row.Record = record;
                row.FetchedAt = fetchedAt;
                row.Expired = false;
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another call stored the same record first; its copy is as fresh as ours.
            db.ChangeTracker.Clear();
        }
    }
}
