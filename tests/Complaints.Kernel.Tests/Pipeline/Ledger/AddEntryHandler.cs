using Complaints.Kernel.Outbox;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline;

namespace Complaints.Kernel.Tests.Pipeline.Ledger;

internal sealed class AddEntryHandler(LedgerDbContext db, SequenceGenerator sequences, IEventPublisher events, TimeProvider clock)
    : ICommandHandler<AddEntryCommand, AddEntryResult>
{
    public async Task<AddEntryResult> HandleAsync(PluginContext<AddEntryCommand, AddEntryResult> context, CancellationToken cancellationToken)
    {
        var number = await sequences.NextAsync("ledger", cancellationToken);
        var entry = new LedgerEntry { Reference = $"LED-{number:D4}", Text = context.Target.Text, Kind = "entry", CreatedAt = clock.GetUtcNow() };
        db.Entries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        context.PostImage = entry;
        events.Publish(new EntryAddedEvent(entry.Id, entry.Text));
        return new AddEntryResult(entry.Id, entry.Reference, entry.Text);
    }
}
