using Complaints.Hazards.Api.V1;
using Complaints.Hazards.Read;
using Complaints.Hazards.Record;
using Complaints.Hazards.Report;
using Complaints.Kernel.Pipeline;
using Grpc.Core;
using static Complaints.Kernel.Errors.RequestFields;

namespace Complaints.Hazards.Grpc;

/// <summary><c>complaints.hazards.v1.HazardsService</c>: maps requests to commands and the hazard, with its clocks, to its message.</summary>
internal sealed class HazardsGrpcService(ICommandPipeline pipeline, HazardReader reader) : HazardsService.HazardsServiceBase
{
    public override async Task<ReportHazardResponse> ReportHazard(ReportHazardRequest request, ServerCallContext context)
    {
        var command = new ReportHazardCommand(HazardMapping.Source(request.Source), request.SourceReference, request.PropertyReference, request.ResidentReference,
            request.Kind, HazardMapping.Emergency(request.Category), request.AwareAt?.ToDateTimeOffset(), request.Tenure, request.Description,
            string.IsNullOrWhiteSpace(request.IdempotencyKey) ? null : request.IdempotencyKey,
            string.IsNullOrEmpty(request.ComplaintId) ? null : Uuid(request.ComplaintId, "complaint_id"));
        return new ReportHazardResponse { Hazard = await RunAsync(command, context) };
    }

    public override async Task<RecordInvestigationResponse> RecordInvestigation(RecordInvestigationRequest request, ServerCallContext context) =>
        new() { Hazard = await RunAsync(new RecordInvestigationCommand(request.HazardId, request.EndedAt?.ToDateTimeOffset(), request.Investigator, request.Findings, request.HazardFound), context) };

    public override async Task<RecordSummarySentResponse> RecordSummarySent(RecordSummarySentRequest request, ServerCallContext context) =>
        new() { Hazard = await RunAsync(new RecordSummarySentCommand(request.HazardId, request.SentAt?.ToDateTimeOffset(), request.Summary), context) };

    public override async Task<RecordSafetyWorkResponse> RecordSafetyWork(RecordSafetyWorkRequest request, ServerCallContext context) =>
        new() { Hazard = await RunAsync(new RecordSafetyWorkCommand(request.HazardId, request.CompletedAt?.ToDateTimeOffset(), request.Details), context) };

    public override async Task<RecordFurtherWorkResponse> RecordFurtherWork(RecordFurtherWorkRequest request, ServerCallContext context) =>
        new()
        {
            Hazard = await RunAsync(new RecordFurtherWorkCommand(request.HazardId, request.BegunAt?.ToDateTimeOffset(), request.StepsTakenAt?.ToDateTimeOffset(),
                request.StepsTaken, request.PhysicallyStartedAt?.ToDateTimeOffset(), request.Details), context),
        };

    public override async Task<RecordAccessAttemptResponse> RecordAccessAttempt(RecordAccessAttemptRequest request, ServerCallContext context) =>
        new()
        {
            Hazard = await RunAsync(new RecordAccessAttemptCommand(request.HazardId, request.AttemptedAt?.ToDateTimeOffset(), HazardMapping.Method(request.Method),
                HazardMapping.Outcome(request.Outcome), request.Notes), context),
        };

    public override async Task<OfferAlternativeAccommodationResponse> OfferAlternativeAccommodation(OfferAlternativeAccommodationRequest request, ServerCallContext context) =>
        new() { Hazard = await RunAsync(new OfferAlternativeAccommodationCommand(request.HazardId, request.OfferedAt?.ToDateTimeOffset(), request.Details), context) };

    public override async Task<StopClockResponse> StopClock(StopClockRequest request, ServerCallContext context) =>
        new() { Hazard = await RunAsync(new StopClockCommand(request.HazardId, HazardMapping.Reason(request.Reason), request.Evidence, request.StoppedAt?.ToDateTimeOffset()), context) };

    public override async Task<GetHazardResponse> GetHazard(GetHazardRequest request, ServerCallContext context) =>
        new() { Hazard = HazardMapping.ToMessage(await reader.GetAsync(request.HazardId, request.AsOf?.ToDateTimeOffset(), context.CancellationToken)) };

    public override async Task<ListHazardsResponse> ListHazards(ListHazardsRequest request, ServerCallContext context)
    {
        var hazards = await reader.ListAsync(request.PropertyReference, string.IsNullOrEmpty(request.ComplaintId) ? null : Uuid(request.ComplaintId, "complaint_id"),
            HazardMapping.RunningStatus(request.ClockStatus), request.AsOf?.ToDateTimeOffset(), request.PageSize == 0 ? 100 : request.PageSize, context.CancellationToken);
        var response = new ListHazardsResponse();
        response.Hazards.AddRange(hazards.Select(HazardMapping.ToMessage));
        return response;
    }

    private async Task<Hazard> RunAsync(ICommand<long> command, ServerCallContext context)
    {
        var id = await pipeline.ExecuteAsync(command, context.CancellationToken);
        return HazardMapping.ToMessage(await reader.GetAsync(id, null, context.CancellationToken));
    }
}
