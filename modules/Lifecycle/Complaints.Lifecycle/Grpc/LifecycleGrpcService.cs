using Grpc.Core;
using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Api.V1;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Lifecycle.Grpc;

/// <summary><c>complaints.lifecycle.v1.LifecycleService</c>: reads only; changes come through the modules' messages.</summary>
internal sealed class LifecycleGrpcService(ILifecycle lifecycle)
    : Api.V1.LifecycleService.LifecycleServiceBase
{
    public override async Task<GetLifecycleResponse> GetLifecycle(GetLifecycleRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ComplaintId, out var complaintId))
            throw new ValidationException(new FieldViolation("complaint_id", "must be the complaint's UUID"));
        var view = await lifecycle.FindAsync(complaintId, request.AsOf?.ToDateTimeOffset(), context.CancellationToken)
            ?? throw new NotFoundException("Complaint", request.AsOf is null ? request.ComplaintId : $"{request.ComplaintId} as of {request.AsOf}");
        return new GetLifecycleResponse { Lifecycle = LifecycleMapping.ToMessage(view) };
    }

    public override Task<GetWorkflowDiagramResponse> GetWorkflowDiagram(GetWorkflowDiagramRequest request, ServerCallContext context) =>
        Task.FromResult(new GetWorkflowDiagramResponse { Mermaid = lifecycle.WorkflowDiagram });
}
