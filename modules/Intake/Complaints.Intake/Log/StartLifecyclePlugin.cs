using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Intake.Log;

/// <summary>Opens the complaint's lifecycle in the same transaction: a complaint never exists without a stage.</summary>
[PluginStep(PipelineStage.PostOperation, Order = 10)]
internal sealed class StartLifecyclePlugin(ILifecycle lifecycle) : IPlugin<LogComplaintCommand, LoggedComplaint>
{
    public async Task ExecuteAsync(PluginContext<LogComplaintCommand, LoggedComplaint> context, CancellationToken cancellationToken)
    {
        var complaint = (Domain.Complaint)context.PostImage!;
        var correspondence = complaint.Acceptance.Route == Domain.AcceptanceAssessment.CorrespondenceRoute;
        await lifecycle.StartAsync(new StartLifecycle(complaint.Id, complaint.ReceivedAt, complaint.BuildingSafety, correspondence, complaint.Reference), cancellationToken);
    }
}
