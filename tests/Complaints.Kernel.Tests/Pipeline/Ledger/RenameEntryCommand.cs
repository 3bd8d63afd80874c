using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Kernel.Tests.Pipeline.Ledger;

/// <summary>Changes an entry's text if the caller's version is current (optimistic concurrency).</summary>
public sealed record RenameEntryCommand(long Id, int ExpectedVersion, string Text) : ICommand<int>;

internal sealed class RenameEntryHandler(LedgerDbContext db) : ICommandHandler<RenameEntryCommand, int>
{
    public async Task<int> HandleAsync(PluginContext<RenameEntryCommand, int> context, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.SingleOrDefaultAsync(e => e.Id == context.Target.Id, cancellationToken)
            ?? throw new NotFoundException("Ledger entry", context.Target.Id.ToString());
        db.Entry(entry).Property(e => e.Version).OriginalValue = context.Target.ExpectedVersion;
        entry.Text = context.Target.Text;
        await db.SaveChangesAsync(cancellationToken);
        return entry.Version;
    }
}
