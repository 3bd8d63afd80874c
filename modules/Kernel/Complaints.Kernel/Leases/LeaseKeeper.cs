using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Kernel.Leases;

/// <summary>
/// Leases shared by every host on one database. Each decision is made under the lease row's lock (SELECT … FOR
/// UPDATE on PostgreSQL, UPDLOCK on SQL Server, the one write lock on SQLite), so two hosts never both take one.
/// </summary>
public sealed class LeaseKeeper(KernelDbContext db, UnitOfWork unitOfWork, HostInstance host, TimeProvider clock)
{
    /// <summary>
    /// Takes or renews <paramref name="name"/> for <paramref name="duration"/> when it is free, expired or already
    /// this host's; false when another live host holds it. Runs in its own transaction: call it outside any other.
    /// </summary>
    public Task<bool> TryTakeAsync(string name, TimeSpan duration, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            var lease = await LockAsync(name, cancellationToken);
            var now = clock.GetUtcNow();
            if (lease.Holder != host.Id && lease.ExpiresAt > now)
                return false;
            (lease.Holder, lease.ExpiresAt) = (host.Id, now + duration);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Gives <paramref name="name"/> up at once when this host holds it (a host shutting down), so another host need not
    /// wait for it to expire. Runs in its own transaction: call it outside any other.
    /// </summary>
    public Task ReleaseAsync(string name, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            var lease = await LockAsync(name, cancellationToken);
            // Expired whatever the other hosts' clocks say, as a lease never taken is.
            if (lease.Holder == host.Id)
                lease.ExpiresAt = DateTimeOffset.UnixEpoch;
            return true;
        }, cancellationToken);

    /// <summary>
    /// The lease row, locked until the caller's transaction ends: work done under it runs on one host at a time
    /// (e.g. numbering the next audit entries). Created on first use.
    /// </summary>
    public async Task<Lease> LockAsync(string name, CancellationToken cancellationToken)
    {
        if (await db.FindForUpdateAsync<Lease>(name, cancellationToken) is { } lease)
            return lease;
        await CreateAsync(name, cancellationToken);
        return await db.FindForUpdateAsync<Lease>(name, cancellationToken)
            ?? throw new InvalidOperationException($"Lease {name} could not be created.");
    }

    /// <summary>
    /// A lease's first use inserts its row behind a savepoint: a host that loses the race to create it rolls back to
    /// the savepoint (PostgreSQL would otherwise abort the whole transaction) and goes on to lock the winner's row.
    /// </summary>
    private async Task CreateAsync(string name, CancellationToken cancellationToken)
    {
        var transaction = unitOfWork.Transaction
            ?? throw new InvalidOperationException("Leases are locked inside a transaction (UnitOfWork.ExecuteAsync).");
        var created = new Lease { Name = name, ExpiresAt = DateTimeOffset.UnixEpoch };
        await transaction.SaveAsync(Savepoint, cancellationToken);
        db.Leases.Add(created);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.ReleaseAsync(Savepoint, cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(Savepoint, cancellationToken);
            db.Entry(created).State = EntityState.Detached;
        }
    }

    private const string Savepoint = "kernel_lease_first_use";
}
