using Grpc.Core;
using Complaints.Intake.Api.V1;
using Complaints.Intake.Decide;

namespace Complaints.Intake.Grpc;

/// <summary>The policy's early-resolution step inside stage 1, and enquiries answered as correspondence.</summary>
internal sealed partial class IntakeGrpcService
{
    public override async Task<StartEarlyResolutionResponse> StartEarlyResolution(StartEarlyResolutionRequest request, ServerCallContext context)
    {
        var command = new StartEarlyResolutionCommand(IntakeMapping.ComplaintId(request.ComplaintId), request.NamedOfficer,
            request.OccurredAt?.ToDateTimeOffset(), request.HasExpectedVersion ? request.ExpectedVersion : null, request.AcceptanceOverrideReason);
        return new StartEarlyResolutionResponse { Complaint = await ExecuteAndReadAsync(command, context) };
    }

    public override async Task<ResolveEarlyResponse> ResolveEarly(ResolveEarlyRequest request, ServerCallContext context)
    {
        var command = new ResolveEarlyCommand(IntakeMapping.ComplaintId(request.ComplaintId), request.Resolution,
            request.OccurredAt?.ToDateTimeOffset(), request.HasExpectedVersion ? request.ExpectedVersion : null);
        return new ResolveEarlyResponse { Complaint = await ExecuteAndReadAsync(command, context) };
    }

    public override async Task<AnswerAsCorrespondenceResponse> AnswerAsCorrespondence(AnswerAsCorrespondenceRequest request, ServerCallContext context)
    {
        var command = new AnswerAsCorrespondenceCommand(IntakeMapping.ComplaintId(request.ComplaintId), request.Reply,
            request.OccurredAt?.ToDateTimeOffset(), request.HasExpectedVersion ? request.ExpectedVersion : null);
        return new AnswerAsCorrespondenceResponse { Complaint = await ExecuteAndReadAsync(command, context) };
    }
}
