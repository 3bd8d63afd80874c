using System.Globalization;
using Complaints.Compensation.Api.V1;
using Complaints.Compensation.Awards;
using Complaints.Compensation.Calculation;
using Complaints.Compensation.Read;
using Grpc.Core;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Microsoft.Extensions.Options;
using static Complaints.Kernel.Errors.RequestFields;

namespace Complaints.Compensation.Grpc;

/// <summary><c>complaints.compensation.v1.CompensationService</c>: maps requests to commands and awards to messages, nothing more.</summary>
internal sealed partial class CompensationGrpcService(ICommandPipeline pipeline, AwardReader reader, AwardCalculator calculator, IOptions<RatesOptions> rates, TimeProvider clock)
    : CompensationService.CompensationServiceBase
{
    public override Task<CalculateAwardResponse> CalculateAward(CalculateAwardRequest request, ServerCallContext context)
    {
        var awardedOn = Date(request.AwardedOn, "awarded_on") ?? LondonTime.Date(clock.GetUtcNow());
        var table = rates.Value.InForceOn(awardedOn);
        var response = new CalculateAwardResponse { RatesEffectiveFrom = table?.EffectiveFrom ?? "", RatesSource = table?.Source ?? "" };
        response.RatesInForce.AddRange((table?.Rates ?? []).Select(r => new FixedSumRate { Code = r.Code, Description = r.Description, Unit = r.Unit, Pence = r.Pence }));
        response.Bands.AddRange(rates.Value.Bands.Select(b => ToMessage(b)));
        if (request.Lines.Count == 0)
            return Task.FromResult(response); // a calculator opening: the table and the bands only
        var calculated = calculator.Calculate(request.Lines.Select(ToInput).ToList(), awardedOn);
        response.TotalPence = calculated.TotalPence;
        response.Band = ToMessage(calculated.Band);
        response.Lines.AddRange(calculated.Lines.Select(ToMessage));
        return Task.FromResult(response);
    }

    public override async Task<ProposeAwardResponse> ProposeAward(ProposeAwardRequest request, ServerCallContext context)
    {
        var command = new ProposeAwardCommand(
            string.IsNullOrEmpty(request.ComplaintId) ? null : Uuid(request.ComplaintId, "complaint_id"),
            request.OmbudsmanCaseReference,
            request.Lines.Select(ToInput).ToList(),
            Date(request.AwardedOn, "awarded_on"),
            request.Rationale,
            string.IsNullOrWhiteSpace(request.IdempotencyKey) ? null : request.IdempotencyKey,
            request.OccurredAt?.ToDateTimeOffset());
        return new ProposeAwardResponse { Award = await AwardAsync(await pipeline.ExecuteAsync(command, context.CancellationToken), context) };
    }

    public override async Task<ApproveAwardResponse> ApproveAward(ApproveAwardRequest request, ServerCallContext context) =>
        new() { Award = await RunAsync(new DecideAwardCommand(request.AwardId, true, request.Reason, Version(request.HasExpectedVersion, request.ExpectedVersion), request.OccurredAt?.ToDateTimeOffset()), context) };

    public override async Task<RejectAwardResponse> RejectAward(RejectAwardRequest request, ServerCallContext context) =>
        new() { Award = await RunAsync(new DecideAwardCommand(request.AwardId, false, request.Reason, Version(request.HasExpectedVersion, request.ExpectedVersion), request.OccurredAt?.ToDateTimeOffset()), context) };

    public override async Task<RecordOfferResponseResponse> RecordOfferResponse(RecordOfferResponseRequest request, ServerCallContext context)
    {
        Domain.AwardTrigger? answer = request.Response switch
        {
            OfferResponse.Accepted => Domain.AwardTrigger.Accept,
            OfferResponse.Declined => Domain.AwardTrigger.Decline,
            OfferResponse.NoReply => Domain.AwardTrigger.NoReply,
            _ => null,
        };
        var command = new RecordOfferResponseCommand(request.AwardId, answer, request.Note, Version(request.HasExpectedVersion, request.ExpectedVersion),
            request.OccurredAt?.ToDateTimeOffset());
        return new RecordOfferResponseResponse { Award = await RunAsync(command, context) };
    }

    public override async Task<RecordPaymentResponse> RecordPayment(RecordPaymentRequest request, ServerCallContext context)
    {
        var method = request.Method == Api.V1.PaymentMethod.Unspecified || !Enum.IsDefined((Domain.PaymentMethod)(int)request.Method)
            ? (Domain.PaymentMethod?)null : (Domain.PaymentMethod)(int)request.Method;
        var command = new RecordPaymentCommand(request.AwardId, method, request.PaymentReference, request.AmountPence, Date(request.PaidOn, "paid_on"),
            request.ResidentAgreedOffset, request.OccurredAt?.ToDateTimeOffset());
        return new RecordPaymentResponse { Award = await RunAsync(command, context) };
    }

    public override async Task<CancelAwardResponse> CancelAward(CancelAwardRequest request, ServerCallContext context) =>
        new() { Award = await RunAsync(new CancelAwardCommand(request.AwardId, request.Reason, Version(request.HasExpectedVersion, request.ExpectedVersion), request.OccurredAt?.ToDateTimeOffset()), context) };

    public override async Task<GetAwardResponse> GetAward(GetAwardRequest request, ServerCallContext context)
    {
        if (request.Id == 0 && string.IsNullOrWhiteSpace(request.Reference))
            throw new ValidationException(new FieldViolation("id", "give the award's id or its reference"));
        return new GetAwardResponse { Award = ToMessage(await reader.GetAsync(request.Id, request.Reference.Trim(), context.CancellationToken), rates.Value) };
    }

    public override async Task<ListAwardsResponse> ListAwards(ListAwardsRequest request, ServerCallContext context)
    {
        if (request.PageSize is < 0 or > 200)
            throw new ValidationException(new FieldViolation("page_size", "must be between 0 and 200"));
        var query = new AwardListQuery(
            string.IsNullOrEmpty(request.ComplaintId) ? null : Uuid(request.ComplaintId, "complaint_id"),
            request.Statuses.Where(s => s != AwardStatus.Unspecified).Select(s => (Domain.AwardStatus)(int)s).ToList(),
            request.ProposedBy,
            Date(request.ProposedFrom, "proposed_from"),
            Date(request.ProposedTo, "proposed_to"),
            request.Band,
            request.PageSize == 0 ? 50 : request.PageSize,
            AwardPageToken.Read(request.PageToken));
        var page = await reader.ListAsync(query, context.CancellationToken);
        var response = new ListAwardsResponse { NextPageToken = AwardPageToken.Write(page.NextAfter) };
        response.Awards.AddRange(page.Awards.Select(a => ToMessage(a, rates.Value)));
        return response;
    }

    private async Task<Award> RunAsync(ICommand<long> command, ServerCallContext context) =>
        await AwardAsync(await pipeline.ExecuteAsync(command, context.CancellationToken), context);

    private async Task<Award> AwardAsync(long id, ServerCallContext context) =>
        ToMessage(await reader.GetAsync(id, null, context.CancellationToken), rates.Value);

    private static int? Version(bool has, int value) => has ? value : null;
}
