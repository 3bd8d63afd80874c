using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Intake.Log;

/// <summary>Opens the complaint's lifecycle in the same transaction: a complaint never exists without a stage.</summary>
[PluginStep(PipelineStage.PostOperation, Order = 10)]
internal sealed class StartLifecyclePlugin(ILifecycle lifecycle) : IPlugin<LogComplaintCommand, LoggedComplaint>
{
    public async Task ExecuteAsync(PluginContext<LogComplaintCommand, LoggedComplaint> context, CancellationToken cancellationToken) =>
        await lifecycle.StartAsync(new StartLifecycle(context.Result!.Id, context.Target.ReceivedAt!.Value, context.Target.BuildingSafety), cancellationToken);
}
