using Complaints.Kernel.Pipeline;

namespace Complaints.Kernel.Tests.Pipeline.Ledger;

/// <summary>A message whose PostOperation step sends it again: a loop the depth limit must stop.</summary>
public sealed record PingCommand(int Hops) : ICommand<int>;

internal sealed class PingHandler : ICommandHandler<PingCommand, int>
{
    public Task<int> HandleAsync(PluginContext<PingCommand, int> context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Depth);
}

[PluginStep(PipelineStage.PostOperation, Order = 10)]
internal sealed class PingAgainPlugin(ICommandPipeline pipeline, StepJournal journal) : IPlugin<PingCommand, int>
{
    public async Task ExecuteAsync(PluginContext<PingCommand, int> context, CancellationToken cancellationToken)
    {
        journal.Record(nameof(PingAgainPlugin), context);
        if (context.Target.Hops > 1)
            await pipeline.ExecuteAsync(new PingCommand(context.Target.Hops - 1), cancellationToken);
    }
}
