namespace Complaints.Kernel.Events;

/// <summary>
/// The gap rule, the one thing that keeps a subscriber from skipping an event. Ids are allocated in order but may
/// commit out of order when transactions run at once (PostgreSQL, SQL Server): a reader after id 10 may see 12 while 11
/// is still in flight, and a cursor moved to 12 would never come back for 11. So a read stops at the first missing id.
/// A transaction that rolled back leaves its id missing for ever, so a gap is passed once the event after it was
/// recorded <c>settle</c> ago or more: the missing id was allocated before that event's, so its transaction has been
/// open at least that long, longer than any message's transaction runs (<see cref="EventLogOptions.GapSettleTime"/>).
/// On SQLite writers take turns, ids commit in order, and any gap is final (settle zero).
/// </summary>
/// <remarks>
/// An exact rule exists on PostgreSQL (tag rows with <c>pg_current_xact_id()</c> and read only below
/// <c>pg_snapshot_xmin(pg_current_snapshot())</c>) but it orders by transaction, not id, so the cursor would become a
/// pair, and the sequence value may be drawn before the transaction has an id; the settle time serves every provider with
/// one plain cursor, at the cost of a delay of up to the settle time after a rollback.
/// </remarks>
public static class EventGaps
{
    /// <summary>The events after <paramref name="cursor"/> a reader may take now, from rows read in ascending id order.</summary>
    public static EventLogPage TakeContiguous(long cursor, IReadOnlyList<LoggedEvent> ascending, DateTimeOffset now, TimeSpan settle)
    {
        var taken = new List<LoggedEvent>(ascending.Count);
        var last = cursor;
        foreach (var logged in ascending)
        {
            if (logged.Id != last + 1 && now - logged.RecordedAt < settle)
                return new EventLogPage(taken, last, HeldAtGap: true);
            taken.Add(logged);
            last = logged.Id;
        }
        return new EventLogPage(taken, last, HeldAtGap: false);
    }
}
