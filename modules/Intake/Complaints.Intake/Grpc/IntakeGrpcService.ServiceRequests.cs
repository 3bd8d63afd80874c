using Grpc.Core;
using Complaints.Intake.Api.V1;
using Complaints.Intake.ServiceRequests;
using Complaints.Kernel.Errors;
using Google.Protobuf.WellKnownTypes;

namespace Complaints.Intake.Grpc;

/// <summary>Service requests, and complaints raised from them.</summary>
internal sealed partial class IntakeGrpcService
{
    public override async Task<RecordServiceRequestResponse> RecordServiceRequest(RecordServiceRequestRequest request, ServerCallContext context)
    {
        var command = new RecordServiceRequestCommand(IntakeMapping.ToChannel(request.Channel), request.Description, request.Category,
            request.ResidentReference, request.ReceivedAt?.ToDateTimeOffset(), KeyOrNull(request.IdempotencyKey));
        var recorded = await pipeline.ExecuteAsync(command, context.CancellationToken);
        var view = await serviceRequests.GetByIdAsync(recorded.Id, context.CancellationToken);
        return new RecordServiceRequestResponse { ServiceRequest = ToMessage(view) };
    }

    public override async Task<GetServiceRequestResponse> GetServiceRequest(GetServiceRequestRequest request, ServerCallContext context)
    {
        var view = request.ServiceRequestCase switch
        {
            GetServiceRequestRequest.ServiceRequestOneofCase.Reference => await serviceRequests.GetByReferenceAsync(request.Reference, context.CancellationToken),
            GetServiceRequestRequest.ServiceRequestOneofCase.Id when Guid.TryParse(request.Id, out var id) =>
                await serviceRequests.GetByIdAsync(id, context.CancellationToken),
            GetServiceRequestRequest.ServiceRequestOneofCase.Id => throw new ValidationException(new FieldViolation("id", "must be a UUID")),
            _ => throw new ValidationException(new FieldViolation("service_request", "give the service request's reference or id")),
        };
        return new GetServiceRequestResponse { ServiceRequest = ToMessage(view) };
    }

    public override async Task<RaiseComplaintFromServiceRequestResponse> RaiseComplaintFromServiceRequest(
        RaiseComplaintFromServiceRequestRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ServiceRequestId, out var serviceRequestId))
            throw new ValidationException(new FieldViolation("service_request_id", "must be the service request's UUID"));
        var command = new RaiseComplaintFromServiceRequestCommand(serviceRequestId, request.Description,
            IntakeMapping.ToChannel(request.Channel), request.ReceivedAt?.ToDateTimeOffset(), KeyOrNull(request.IdempotencyKey),
            request.Points, request.DesiredOutcome);
        var logged = await pipeline.ExecuteAsync(command, context.CancellationToken);
        var view = await reader.GetByIdAsync(logged.Id, asOf: null, context.CancellationToken);
        return new RaiseComplaintFromServiceRequestResponse { Complaint = IntakeMapping.ToMessage(view) };
    }

    private static string? KeyOrNull(string key) => string.IsNullOrEmpty(key) ? null : key;

    private static Api.V1.ServiceRequest ToMessage(ServiceRequestView view)
    {
        var request = view.Request;
        var message = new Api.V1.ServiceRequest
        {
            Id = request.Id.ToString(),
            Reference = request.Reference,
            Channel = (Channel)(int)request.Channel,
            Description = request.Description,
            Category = request.Category,
            ResidentReference = request.ResidentReference,
            ReceivedAt = Timestamp.FromDateTimeOffset(request.ReceivedAt),
            RecordedAt = Timestamp.FromDateTimeOffset(request.RecordedAt),
            RecordedBy = request.RecordedBy,
        };
        message.ComplaintIds.AddRange(view.ComplaintIds.Select(id => id.ToString()));
        return message;
    }
}
