using Complaints.Kernel.Pipeline;

namespace Complaints.Benchmarks;

/// <summary>A message with no work of its own, so what is measured is the pipeline around it.</summary>
public sealed record PingMessageCommand(int Value) : ICommand<int>;

internal sealed class PingMessageHandler : ICommandHandler<PingMessageCommand, int>
{
    public Task<int> HandleAsync(PluginContext<PingMessageCommand, int> context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Target.Value + 1);
}

[PluginStep(PipelineStage.PreValidation, Order = 10)]
internal sealed class PingValidationPlugin : IPlugin<PingMessageCommand, int>
{
    public Task ExecuteAsync(PluginContext<PingMessageCommand, int> context, CancellationToken cancellationToken) => Task.CompletedTask;
}

[PluginStep(PipelineStage.PreOperation, Order = 10)]
internal sealed class PingEnrichPlugin : IPlugin<PingMessageCommand, int>
{
    public Task ExecuteAsync(PluginContext<PingMessageCommand, int> context, CancellationToken cancellationToken)
    {
        context.SharedVariables["enriched"] = true;
        return Task.CompletedTask;
    }
}

[PluginStep(PipelineStage.PostOperation, Order = 10)]
internal sealed class PingAuditPlugin : IPlugin<PingMessageCommand, int>
{
    public Task ExecuteAsync(PluginContext<PingMessageCommand, int> context, CancellationToken cancellationToken) => Task.CompletedTask;
}
