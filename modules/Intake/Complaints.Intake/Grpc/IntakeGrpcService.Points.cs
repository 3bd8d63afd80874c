using Grpc.Core;
using Complaints.Intake.Api.V1;
using Complaints.Intake.Domain;
using Complaints.Intake.Links;
using Complaints.Intake.Points;

namespace Complaints.Intake.Grpc;

/// <summary>New points on a complaint, and links between complaints.</summary>
internal sealed partial class IntakeGrpcService
{
    public override async Task<AddComplaintPointResponse> AddComplaintPoint(AddComplaintPointRequest request, ServerCallContext context)
    {
        var command = new AddComplaintPointCommand(IntakeMapping.ComplaintId(request.ComplaintId), request.Point, request.Related,
            request.RaisedAt?.ToDateTimeOffset(), request.HasExpectedVersion ? request.ExpectedVersion : null, KeyOrNull(request.IdempotencyKey));
        var outcome = await pipeline.ExecuteAsync(command, context.CancellationToken);
        var view = await reader.GetByIdAsync(outcome.ComplaintId, asOf: null, context.CancellationToken);
        return new AddComplaintPointResponse { Joined = outcome.Joined, Complaint = IntakeMapping.ToMessage(view), Explanation = outcome.Explanation };
    }

    public override async Task<LinkComplaintsResponse> LinkComplaints(LinkComplaintsRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.LinkedComplaintId, out var linkedId))
            throw new Kernel.Errors.ValidationException(new Kernel.Errors.FieldViolation("linked_complaint_id", "must be the complaint's UUID"));
        var kind = request.Kind switch
        {
            LinkKind.Related => ComplaintLinkKind.Related,
            LinkKind.DuplicateOf => ComplaintLinkKind.DuplicateOf,
            _ => (ComplaintLinkKind?)null,
        };
        var command = new LinkComplaintsCommand(IntakeMapping.ComplaintId(request.ComplaintId), linkedId, kind, request.Reason);
        return new LinkComplaintsResponse { Complaint = await ExecuteAndReadAsync(command, context) };
    }
}
