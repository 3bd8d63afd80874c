using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Microsoft.Extensions.Options;

namespace Complaints.Intake.Log;

/// <summary>A complaint with no receipt time was received now; every clock starts from this instant.</summary>
[PluginStep(PipelineStage.PreOperation, Order = 10)]
internal sealed class StampReceivedAtPlugin(TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : IPlugin<LogComplaintCommand, LoggedComplaint>
{
    public Task ExecuteAsync(PluginContext<LogComplaintCommand, LoggedComplaint> context, CancellationToken cancellationToken)
    {
        var receivedAt = OccurredAt.Resolve(context.Target.ReceivedAt, clock, clockOptions.Value.AllowedSkew, "received_at");
        context.Target = context.Target with { ReceivedAt = receivedAt };
        return Task.CompletedTask;
    }
}
