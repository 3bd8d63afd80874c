using Grpc.Core;
using Complaints.Intake.Api.V1;
using Complaints.Intake.Feedback;
using Complaints.Intake.Read;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;

namespace Complaints.Intake.Grpc;

/// <summary><c>complaints.intake.v1.FeedbackService</c>: compliments and feedback; maps requests to commands and queries, nothing more.</summary>
internal sealed class FeedbackGrpcService(ICommandPipeline pipeline, FeedbackReader feedback, ComplaintReader complaints)
    : FeedbackService.FeedbackServiceBase
{
    private const int DefaultPageSize = 50;

    public override async Task<RecordFeedbackResponse> RecordFeedback(RecordFeedbackRequest request, ServerCallContext context)
    {
        var command = new RecordFeedbackCommand(request.Kind, IntakeMapping.ToChannel(request.Channel), request.Text, request.ResidentReference,
            request.Anonymous, request.ServiceArea, request.StaffMember, request.Team, request.ReceivedAt?.ToDateTimeOffset(),
            string.IsNullOrEmpty(request.IdempotencyKey) ? null : request.IdempotencyKey);
        var recorded = await pipeline.ExecuteAsync(command, context.CancellationToken);
        return new RecordFeedbackResponse { Feedback = FeedbackMapping.ToMessage(await feedback.GetByIdAsync(recorded.Id, context.CancellationToken)) };
    }

    public override async Task<GetFeedbackResponse> GetFeedback(GetFeedbackRequest request, ServerCallContext context)
    {
        var found = request.FeedbackCase switch
        {
            GetFeedbackRequest.FeedbackOneofCase.Reference => await feedback.GetByReferenceAsync(request.Reference, context.CancellationToken),
            GetFeedbackRequest.FeedbackOneofCase.Id when Guid.TryParse(request.Id, out var id) => await feedback.GetByIdAsync(id, context.CancellationToken),
            GetFeedbackRequest.FeedbackOneofCase.Id => throw new ValidationException(new FieldViolation("id", "must be a UUID")),
            _ => throw new ValidationException(new FieldViolation("feedback", "give the feedback's reference or id")),
        };
        return new GetFeedbackResponse { Feedback = FeedbackMapping.ToMessage(found) };
    }

    public override async Task<ListFeedbackResponse> ListFeedback(ListFeedbackRequest request, ServerCallContext context)
    {
        var query = new FeedbackListQuery(request.Kinds, request.ServiceArea, request.ReceivedFrom?.ToDateTimeOffset().ToUniversalTime(),
            request.ReceivedBefore?.ToDateTimeOffset().ToUniversalTime(), request.IncludeLoggedAsComplaint,
            request.PageSize == 0 ? DefaultPageSize : request.PageSize, FeedbackCursor.FromToken(request.PageToken));
        var page = await feedback.ListAsync(query, context.CancellationToken);
        var response = new ListFeedbackResponse { NextPageToken = page.Next?.ToToken() ?? "" };
        response.Feedback.AddRange(page.Feedback.Select(FeedbackMapping.ToMessage));
        return response;
    }

    public override async Task<RecordComplimentPassedOnResponse> RecordComplimentPassedOn(RecordComplimentPassedOnRequest request, ServerCallContext context)
    {
        var command = new RecordComplimentPassedOnCommand(FeedbackId(request.FeedbackId), request.PassedOnTo, request.OccurredAt?.ToDateTimeOffset());
        var changed = await pipeline.ExecuteAsync(command, context.CancellationToken);
        return new RecordComplimentPassedOnResponse { Feedback = FeedbackMapping.ToMessage(await feedback.GetByIdAsync(changed.Id, context.CancellationToken)) };
    }

    public override async Task<RecordServiceImprovementResponse> RecordServiceImprovement(RecordServiceImprovementRequest request, ServerCallContext context)
    {
        var command = new RecordServiceImprovementCommand(FeedbackId(request.FeedbackId), request.Description, request.OccurredAt?.ToDateTimeOffset());
        var changed = await pipeline.ExecuteAsync(command, context.CancellationToken);
        return new RecordServiceImprovementResponse { Feedback = FeedbackMapping.ToMessage(await feedback.GetByIdAsync(changed.Id, context.CancellationToken)) };
    }

    public override async Task<LogFeedbackAsComplaintResponse> LogFeedbackAsComplaint(LogFeedbackAsComplaintRequest request, ServerCallContext context)
    {
        var command = new LogFeedbackAsComplaintCommand(FeedbackId(request.FeedbackId), request.Description, request.ReceivedAt?.ToDateTimeOffset(),
            request.Points, request.DesiredOutcome, string.IsNullOrEmpty(request.IdempotencyKey) ? null : request.IdempotencyKey);
        var logged = await pipeline.ExecuteAsync(command, context.CancellationToken);
        return new LogFeedbackAsComplaintResponse
        {
            Feedback = FeedbackMapping.ToMessage(await feedback.GetByIdAsync(logged.FeedbackId, context.CancellationToken)),
            Complaint = IntakeMapping.ToMessage(await complaints.GetByIdAsync(logged.ComplaintId, asOf: null, context.CancellationToken)),
        };
    }

    private static Guid FeedbackId(string value) =>
        Guid.TryParse(value, out var id) ? id : throw new ValidationException(new FieldViolation("feedback_id", "must be the feedback's UUID"));
}
