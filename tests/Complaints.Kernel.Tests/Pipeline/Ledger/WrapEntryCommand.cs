using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;

namespace Complaints.Kernel.Tests.Pipeline.Ledger;

/// <summary>Adds an entry, then (in PostOperation) adds another through a nested message, swallowing its failure.</summary>
public sealed record WrapEntryCommand(string InnerText) : ICommand<long>;

internal sealed class WrapEntryHandler(LedgerDbContext db, TimeProvider clock) : ICommandHandler<WrapEntryCommand, long>
{
    public async Task<long> HandleAsync(PluginContext<WrapEntryCommand, long> context, CancellationToken cancellationToken)
    {
        var entry = new LedgerEntry { Reference = "outer", Text = "outer", Kind = "entry", CreatedAt = clock.GetUtcNow() };
        db.Entries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry.Id;
    }
}

[PluginStep(PipelineStage.PostOperation, Order = 10)]
internal sealed class AddInnerEntryPlugin(ICommandPipeline pipeline) : IPlugin<WrapEntryCommand, long>
{
    public async Task ExecuteAsync(PluginContext<WrapEntryCommand, long> context, CancellationToken cancellationToken)
    {
        try
        {
            await pipeline.ExecuteAsync(new AddEntryCommand(context.Target.InnerText), cancellationToken);
        }
        catch (RuleViolationException)
        {
            // A careless plug-in: it carries on as if the inner message had not half-happened.
        }
    }
}
