using Complaints.Kernel.Outbox;

namespace Complaints.Kernel.Tests.Pipeline.Ledger;

internal sealed class EntryAddedSubscriber(LedgerDbContext db, TimeProvider clock) : IEventHandler<EntryAddedEvent>
{
    public Task HandleAsync(EntryAddedEvent @event, CancellationToken cancellationToken)
    {
        db.Entries.Add(new LedgerEntry { Reference = $"event-of-{@event.EntryId}", Text = @event.Text, Kind = "event", CreatedAt = clock.GetUtcNow() });
        return Task.CompletedTask;
    }
}
