using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;

namespace Complaints.Kernel.Tests.Pipeline.Ledger;

/// <summary>Adds text to an entry read for update (no expected version): concurrent appends must queue, not conflict.</summary>
public sealed record AppendToEntryCommand(long Id, string Text) : ICommand<int>;

internal sealed class AppendToEntryHandler(LedgerDbContext db) : ICommandHandler<AppendToEntryCommand, int>
{
    public async Task<int> HandleAsync(PluginContext<AppendToEntryCommand, int> context, CancellationToken cancellationToken)
    {
        var entry = await db.FindForUpdateAsync<LedgerEntry>(context.Target.Id, cancellationToken)
            ?? throw new NotFoundException("Ledger entry", context.Target.Id.ToString());
        entry.Text += context.Target.Text;
        await db.SaveChangesAsync(cancellationToken);
        return entry.Version;
    }
}
