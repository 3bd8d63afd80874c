using Grpc.Core;
using Complaints.Intake.Api.V1;
using Complaints.Intake.Decide;
using Complaints.Intake.Log;
using Complaints.Intake.Read;
using Complaints.Intake.ServiceRequests;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;

namespace Complaints.Intake.Grpc;

/// <summary><c>complaints.intake.v1.IntakeService</c>: maps requests to commands and queries, nothing more.</summary>
internal sealed partial class IntakeGrpcService(
    ICommandPipeline pipeline, ComplaintReader reader, ComplaintLister lister, ServiceRequestReader serviceRequests)
    : IntakeService.IntakeServiceBase
{
    public override async Task<LogComplaintResponse> LogComplaint(LogComplaintRequest request, ServerCallContext context)
    {
        var command = new LogComplaintCommand(
            IntakeMapping.ToChannel(request.Channel),
            request.Description,
            request.ResidentReference,
            request.ReceivedAt?.ToDateTimeOffset(),
            string.IsNullOrEmpty(request.IdempotencyKey) ? null : request.IdempotencyKey,
            request.IssueOccurredAt?.ToDateTimeOffset(),
            request.ResidentAwareAt?.ToDateTimeOffset(),
            request.Safeguarding,
            request.HealthAndSafety,
            request.BuildingSafety,
            request.Anonymous,
            request.Points,
            request.DesiredOutcome,
            DetailMapping.ToRepresentative(request.Representative),
            request.ReasonableAdjustments,
            request.Vulnerabilities,
            PropertyReference: request.PropertyReference,
            Category: string.IsNullOrWhiteSpace(request.Category) ? null : request.Category.Trim(),
            HazardMention: IntakeMapping.ToHazardMention(request.Hazard));
        var logged = await pipeline.ExecuteAsync(command, context.CancellationToken);
        var view = await reader.GetByIdAsync(logged.Id, asOf: null, context.CancellationToken);
        return new LogComplaintResponse { Complaint = IntakeMapping.ToMessage(view) };
    }

    public override async Task<GetComplaintResponse> GetComplaint(GetComplaintRequest request, ServerCallContext context)
    {
        var asOf = request.AsOf?.ToDateTimeOffset();
        var view = request.ComplaintCase switch
        {
            GetComplaintRequest.ComplaintOneofCase.Reference => await reader.GetByReferenceAsync(request.Reference, asOf, context.CancellationToken),
            GetComplaintRequest.ComplaintOneofCase.Id when Guid.TryParse(request.Id, out var id) =>
                await reader.GetByIdAsync(id, asOf, context.CancellationToken),
            GetComplaintRequest.ComplaintOneofCase.Id => throw new ValidationException(new FieldViolation("id", "must be a UUID")),
            _ => throw new ValidationException(new FieldViolation("complaint", "give the complaint's reference or id")),
        };
        return new GetComplaintResponse { Complaint = IntakeMapping.ToMessage(view) };
    }

    public override async Task<AcknowledgeComplaintResponse> AcknowledgeComplaint(AcknowledgeComplaintRequest request, ServerCallContext context)
    {
        var command = new AcknowledgeComplaintCommand(IntakeMapping.ComplaintId(request.ComplaintId), request.ComplaintDefinition,
            request.NamedOfficer, request.ResolutionSought, request.OccurredAt?.ToDateTimeOffset(),
            request.HasExpectedVersion ? request.ExpectedVersion : null, request.AcceptanceOverrideReason);
        return new AcknowledgeComplaintResponse { Complaint = await ExecuteAndReadAsync(command, context) };
    }

    public override async Task<DeclineComplaintResponse> DeclineComplaint(DeclineComplaintRequest request, ServerCallContext context)
    {
        var command = new DeclineComplaintCommand(IntakeMapping.ComplaintId(request.ComplaintId), request.ExclusionReason,
            request.Explanation, request.OmbudsmanSignposted, request.OccurredAt?.ToDateTimeOffset(),
            request.HasExpectedVersion ? request.ExpectedVersion : null);
        return new DeclineComplaintResponse { Complaint = await ExecuteAndReadAsync(command, context) };
    }

    public override async Task<WithdrawComplaintResponse> WithdrawComplaint(WithdrawComplaintRequest request, ServerCallContext context)
    {
        var command = new WithdrawComplaintCommand(IntakeMapping.ComplaintId(request.ComplaintId), request.Reason,
            request.OccurredAt?.ToDateTimeOffset(), request.HasExpectedVersion ? request.ExpectedVersion : null);
        return new WithdrawComplaintResponse { Complaint = await ExecuteAndReadAsync(command, context) };
    }

    public override async Task<RectifyComplaintResponse> RectifyComplaint(RectifyComplaintRequest request, ServerCallContext context)
    {
        var complaintId = IntakeMapping.ComplaintId(request.ComplaintId);
        var command = new RectifyComplaintCommand(complaintId, request.Reason,
            request.HasResidentReference ? request.ResidentReference : null, request.Vulnerabilities?.Items.ToList(),
            request.HasRepresentativeName ? request.RepresentativeName : null, request.HasRepresentativeContact ? request.RepresentativeContact : null,
            request.HasExpectedVersion ? request.ExpectedVersion : null);
        var rectified = await pipeline.ExecuteAsync(command, context.CancellationToken);
        var view = await reader.GetByIdAsync(complaintId, asOf: null, context.CancellationToken);
        return new RectifyComplaintResponse { Complaint = IntakeMapping.ToMessage(view), Rectified = { rectified } };
    }

    private async Task<Api.V1.Complaint> ExecuteAndReadAsync(Kernel.Pipeline.ICommand<Guid> command, ServerCallContext context)
    {
        var id = await pipeline.ExecuteAsync(command, context.CancellationToken);
        return IntakeMapping.ToMessage(await reader.GetByIdAsync(id, asOf: null, context.CancellationToken));
    }
}
