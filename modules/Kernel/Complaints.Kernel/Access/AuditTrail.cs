using Complaints.Kernel.Telemetry;
using System.Threading.Channels;
using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Complaints.Kernel.Access;

/// <summary>
/// The audit of access (table <c>kernel_audit</c>, with <c>kernel_audit_records</c> to find entries by record). Calls
/// hand their drafts over without waiting (<see cref="Record"/>); one writer numbers them, chains each to the hash of
/// the one before and writes them in batches. Asking the trail anything first writes what is waiting, so an auditor
/// always sees every call that has ended.
/// </summary>
/// <remarks>
/// A draft waits in memory for at most a batch: a crash can lose the last instants' reads, never a change (a change's
/// own records are in its module's tables). Two servers on one database would race for the next number; the loser's
/// batch fails on the primary key and is written again on top of the winner's (<see cref="WriteAsync"/>).
/// </remarks>
public sealed class AuditTrail(IServiceScopeFactory scopes, ILogger<AuditTrail> logger) : BackgroundService
{
    private readonly Channel<object> _waiting = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });

    private const string ChainLock = "audit-chain";

    /// <summary>
    /// How long the writer lets drafts gather before it writes them. A batch costs a transaction, the chain's lock and
    /// a read of its head whatever its size: under load, writing every few calls' drafts cost a read call more CPU
    /// than answering it. An auditor's question (a flush) waits at most this long more.
    /// </summary>
    private static readonly TimeSpan GatherFor = TimeSpan.FromMilliseconds(20);

    private const int MostPerBatch = 500;

    public void Record(AuditDraft draft) => _waiting.Writer.TryWrite(draft);

    /// <summary>Returns once every draft recorded before the call is written.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting.Writer.TryWrite(written);
        await written.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<AuditDraft>();
        var flushes = new List<TaskCompletionSource>();
        try
        {
            while (await _waiting.Reader.WaitToReadAsync(stoppingToken))
            {
                if (_waiting.Reader.TryPeek(out var first) && first is AuditDraft)
                    await Task.Delay(GatherFor, stoppingToken);
                await DrainAsync(batch, flushes, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        // Stopping: what is waiting is still written.
        await DrainAsync(batch, flushes, CancellationToken.None);
    }

    private async Task DrainAsync(List<AuditDraft> batch, List<TaskCompletionSource> flushes, CancellationToken cancellationToken)
    {
        while (_waiting.Reader.TryRead(out var item))
        {
            if (item is AuditDraft draft)
                batch.Add(draft);
            else
                flushes.Add((TaskCompletionSource)item);
            if (batch.Count >= MostPerBatch)
                break;
        }
        try
        {
            if (batch.Count > 0)
                await WriteAsync(batch, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database refused the batch: try again, then entry by entry, so that one entry it cannot take (it
            // is logged, as an Error) never holds up the rest of the trail.
            logger.LogWarning(MessageWithheldException.From(e), "Could not write {Count} audit entries; trying again one by one", batch.Count);
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            foreach (var draft in batch)
            {
                try
                {
                    await WriteAsync([draft], cancellationToken);
                }
                catch (Exception single) when (single is not OperationCanceledException)
                {
                    // Who, what, when and the correlation id, but not the records' keys or the detail: those name
                    // residents (and a rectification's detail holds the values it replaced), which logs must not.
                    logger.LogError(MessageWithheldException.From(single),
                        "Audit entry not written: {At:O} {Actor} {Method} {Kind} {Outcome} correlation id {AuditedCorrelationId}, {RecordCount} record(s)",
                        draft.At, draft.Actor, draft.Method, draft.Kind, draft.Outcome, draft.CorrelationId, draft.Records.Count);
                }
            }
        }
        flushes.ForEach(f => f.TrySetResult());
        batch.Clear();
        flushes.Clear();
    }

    private async Task WriteAsync(List<AuditDraft> batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
        var leases = scope.ServiceProvider.GetRequiredService<Leases.LeaseKeeper>();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
        await unitOfWork.ExecuteAsync(async () =>
        {
            // Hosts sharing the database take turns at the head of the chain, so none numbers or links from a stale head.
            await leases.LockAsync(ChainLock, cancellationToken);
            var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).Select(e => new { e.Id, e.Hash }).FirstOrDefaultAsync(cancellationToken);
            var (id, previous) = (head?.Id ?? 0, head?.Hash ?? AuditEntry.Genesis);
            var entries = batch.Select(draft => draft.ToEntry()).ToList();
            foreach (var entry in entries)
            {
                entry.Id = ++id;
                entry.PreviousHash = previous;
                entry.Hash = previous = entry.ComputeHash();
                entry.RecordRows.ForEach(r => r.EntryId = entry.Id);
            }
            // Appended with a few multi-row INSERTs, untracked: one INSERT per row, tracked, cost a read call a tenth of its CPU.
            await RowInserter.InsertAsync(db, unitOfWork, entries, cancellationToken);
            await RowInserter.InsertAsync(db, unitOfWork, entries.SelectMany(e => e.RecordRows).ToList(), cancellationToken);
            return true;
        }, cancellationToken);
    }

    /// <summary>Re-computes the chain from the first entry; the first entry whose hash or link is wrong, or a gap, is the break.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
        var (expectedId, previous, verified) = (1L, AuditEntry.Genesis, 0L);
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            string? fault = entry.Id != expectedId ? $"entry {expectedId} is missing (the next is {entry.Id})"
                : entry.PreviousHash != previous ? "it does not carry the hash of the entry before it"
                : entry.Hash != entry.ComputeHash() ? "its contents no longer match its hash"
                : null;
            if (fault is not null)
                return new AuditVerification(verified, entry.Id, fault);
            (expectedId, previous, verified) = (entry.Id + 1, entry.Hash, verified + 1);
        }
        return new AuditVerification(verified, null, null);
    }

    /// <summary>Entries in the order written, after the query's <c>AfterId</c>, narrowed by record, resident or actor.</summary>
    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
        IQueryable<AuditEntry> entries = db.AuditEntries.AsNoTracking().Include(e => e.RecordRows).Where(e => e.Id > query.AfterId);
        if (query.RecordType is { Length: > 0 } type && query.RecordKey is { Length: > 0 } key)
            entries = entries.Where(e => e.RecordRows.Any(r => r.Type == type && r.Key == key));
        if (query.Actor is { Length: > 0 } actor)
            entries = entries.Where(e => e.Actor == actor || e.OnBehalfOf == actor);
        return await entries.OrderBy(e => e.Id).Take(query.Limit).ToListAsync(cancellationToken);
    }
}

public sealed record AuditQuery(string? RecordType, string? RecordKey, string? Actor, long AfterId, int Limit);

/// <summary>How many entries chained correctly, and where the chain first breaks (if it does) and why.</summary>
public sealed record AuditVerification(long Verified, long? FirstBrokenEntry, string? Fault);
