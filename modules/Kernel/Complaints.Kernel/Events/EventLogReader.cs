using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Kernel.Events;

/// <summary>
/// Reads the event log after a cursor, in id order, never past an id that may still commit (<see cref="EventGaps"/>).
/// For anything that follows the log: the event stream, a webhook sender. Each read borrows a connection only while
/// it runs, so a reader may wait between reads for as long as it likes.
/// </summary>
public sealed class EventLogReader(KernelDbContext db, DatabaseProvider provider, TimeProvider clock, IOptions<EventLogOptions> options)
{
    public async Task<EventLogPage> ReadAfterAsync(long cursor, CancellationToken cancellationToken)
    {
        var rows = await db.Events.AsNoTracking()
            .Where(e => e.Id > cursor)
            .OrderBy(e => e.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        var settle = provider.Kind == DatabaseProviderKind.Sqlite ? TimeSpan.Zero : options.Value.GapSettleTime;
        return EventGaps.TakeContiguous(cursor, rows, clock.GetUtcNow(), settle);
    }

    /// <summary>The id of the last event in the log (0 when it is empty): "now", for a reader that wants no history.</summary>
    public async Task<long> LastIdAsync(CancellationToken cancellationToken) =>
        await db.Events.AsNoTracking().MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;

    /// <summary>One event by its id (to send it again), or null when there is none.</summary>
    public Task<LoggedEvent?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>The ids of the events recorded at or after <paramref name="since"/>, in order, at most <paramref name="most"/>.</summary>
    public async Task<IReadOnlyList<long>> IdsSinceAsync(DateTimeOffset since, int most, CancellationToken cancellationToken) =>
        await db.Events.AsNoTracking().Where(e => e.RecordedAt >= since).OrderBy(e => e.Id).Select(e => e.Id).Take(most).ToListAsync(cancellationToken);

    /// <summary>Which of <paramref name="ids"/> are events in the log.</summary>
    public async Task<IReadOnlySet<long>> ExistingAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        (await db.Events.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken)).ToHashSet();
}
