using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;

namespace Complaints.Kernel.Tests.Pipeline.Ledger;

[PluginStep(PipelineStage.PreValidation, Order = 10)]
internal sealed class RejectEmptyTextPlugin(StepJournal journal) : IPlugin<AddEntryCommand, AddEntryResult>
{
    public Task ExecuteAsync(PluginContext<AddEntryCommand, AddEntryResult> context, CancellationToken cancellationToken)
    {
        journal.Record(nameof(RejectEmptyTextPlugin), context);
        if (string.IsNullOrWhiteSpace(context.Target.Text))
            throw new ValidationException(new FieldViolation("text", "must not be empty"));
        return Task.CompletedTask;
    }
}

[PluginStep(PipelineStage.PreOperation, Order = 10, Configuration = "trim")]
internal sealed class NormaliseTextPlugin(StepJournal journal) : IPlugin<AddEntryCommand, AddEntryResult>
{
    public Task ExecuteAsync(PluginContext<AddEntryCommand, AddEntryResult> context, CancellationToken cancellationToken)
    {
        journal.Record(nameof(NormaliseTextPlugin), context);
        if (context.Configuration == "trim")
            context.Target = context.Target with { Text = context.Target.Text.Trim() };
        context.SharedVariables["normalised"] = true;
        return Task.CompletedTask;
    }
}

[PluginStep(PipelineStage.PostOperation, Order = 20)]
internal sealed class ExplodeOnDemandPlugin(StepJournal journal) : IPlugin<AddEntryCommand, AddEntryResult>
{
    public Task ExecuteAsync(PluginContext<AddEntryCommand, AddEntryResult> context, CancellationToken cancellationToken)
    {
        journal.Record(nameof(ExplodeOnDemandPlugin), context);
        if (context.Target.Text.Contains("explode-post"))
            throw new RuleViolationException("The PostOperation step refused this entry.");
        return Task.CompletedTask;
    }
}

[PluginStep(PipelineStage.PostOperation, Order = 10, Mode = ExecutionMode.Asynchronous)]
internal sealed class NoteEntryAsyncPlugin(StepJournal journal, LedgerDbContext db, TimeProvider clock) : IPlugin<AddEntryCommand, AddEntryResult>
{
    public Task ExecuteAsync(PluginContext<AddEntryCommand, AddEntryResult> context, CancellationToken cancellationToken)
    {
        journal.Record(nameof(NoteEntryAsyncPlugin), context);
        if (context.Target.Text.Contains("flaky") && journal.Count(nameof(NoteEntryAsyncPlugin)) <= 2)
            throw new InvalidOperationException("Simulated outage of the downstream system.");
        db.Entries.Add(new LedgerEntry { Reference = context.Result!.Reference, Text = "async note", Kind = "async", CreatedAt = clock.GetUtcNow() });
        return Task.CompletedTask;
    }
}
