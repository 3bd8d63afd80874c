using Grpc.Core;
using Complaints.Investigation.Api.V1;
using Complaints.Investigation.CaseFile;
using Complaints.Investigation.Closure;

namespace Complaints.Investigation.Grpc;

/// <summary>Mediation, and the building-safety route out of the complaints process.</summary>
internal sealed partial class InvestigationGrpcService
{
    public override async Task<RecordMediationResponse> RecordMediation(RecordMediationRequest request, ServerCallContext context)
    {
        var command = new RecordMediationCommand(ComplaintId(request.ComplaintId), request.Mediator, request.Accepted, request.Outcome,
            request.OccurredAt?.ToDateTimeOffset());
        return new RecordMediationResponse { MediationId = await pipeline.ExecuteAsync(command, context.CancellationToken) };
    }

    public override async Task<ReferToBuildingSafetyRegulatorResponse> ReferToBuildingSafetyRegulator(
        ReferToBuildingSafetyRegulatorRequest request, ServerCallContext context)
    {
        var command = new ReferToBuildingSafetyRegulatorCommand(ComplaintId(request.ComplaintId), request.Reason, request.OccurredAt?.ToDateTimeOffset(),
            request.HasExpectedVersion ? request.ExpectedVersion : null);
        return new ReferToBuildingSafetyRegulatorResponse { Change = await ExecuteAsync(command, context) };
    }
}
