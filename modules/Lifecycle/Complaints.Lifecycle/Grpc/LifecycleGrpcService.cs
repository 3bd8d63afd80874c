using Grpc.Core;
using Complaints.Hazards.Contracts;
using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Api.V1;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Lifecycle.Grpc;

/// <summary><c>complaints.lifecycle.v1.LifecycleService</c>: reads only; changes come through the modules' messages.</summary>
internal sealed class LifecycleGrpcService(ILifecycle lifecycle, IHazardRecord hazards, TimeProvider clock)
    : Api.V1.LifecycleService.LifecycleServiceBase
{
    public override async Task<GetLifecycleResponse> GetLifecycle(GetLifecycleRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ComplaintId, out var complaintId))
            throw new ValidationException(new FieldViolation("complaint_id", "must be the complaint's UUID"));
        var view = await lifecycle.FindAsync(complaintId, request.AsOf?.ToDateTimeOffset(), context.CancellationToken)
            ?? throw new NotFoundException("Complaint", request.AsOf is null ? request.ComplaintId : $"{request.ComplaintId} as of {request.AsOf}");
        var message = LifecycleMapping.ToMessage(view);
        // Beside the complaint's own clocks, as of the same instant; closing the complaint leaves these running.
        var hazardsRaised = await hazards.ForComplaintAsync(complaintId, request.AsOf?.ToDateTimeOffset() ?? clock.GetUtcNow(), context.CancellationToken);
        message.Hazards.AddRange(hazardsRaised.Select(HazardClockMapping.ToMessage));
        return new GetLifecycleResponse { Lifecycle = message };
    }

    public override Task<GetWorkflowDiagramResponse> GetWorkflowDiagram(GetWorkflowDiagramRequest request, ServerCallContext context) =>
        Task.FromResult(new GetWorkflowDiagramResponse { Mermaid = lifecycle.WorkflowDiagram });
}
