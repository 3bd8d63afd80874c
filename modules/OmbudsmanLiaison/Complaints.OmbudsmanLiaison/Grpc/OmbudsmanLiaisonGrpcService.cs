using System.Globalization;
using Grpc.Core;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.OmbudsmanLiaison.Api.V1;
using Complaints.OmbudsmanLiaison.Export;
using Complaints.OmbudsmanLiaison.Persistence;
using Complaints.OmbudsmanLiaison.Policy;
using Complaints.OmbudsmanLiaison.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static Complaints.Kernel.Errors.RequestFields;

namespace Complaints.OmbudsmanLiaison.Grpc;

/// <summary><c>complaints.ombudsman_liaison.v1.OmbudsmanLiaisonService</c>: maps requests to commands and referrals to messages.</summary>
internal sealed partial class OmbudsmanLiaisonGrpcService(
    ICommandPipeline pipeline,
    OmbudsmanLiaisonDbContext db,
    CaseFileExporter exporter,
    WorkingDayCalendar calendar,
    IOptions<OmbudsmanLiaisonPolicy> policy,
    TimeProvider clock)
    : OmbudsmanLiaisonService.OmbudsmanLiaisonServiceBase
{
    public override async Task<RecordReferralResponse> RecordReferral(RecordReferralRequest request, ServerCallContext context)
    {
        var command = new RecordReferralCommand(request.OmbudsmanCaseReference, Date(request.ReferredOn, "referred_on"),
            request.ComplaintIds.Select((id, i) => Uuid(id, $"complaint_ids[{i}]")).ToList(), request.Summary, request.OccurredAt?.ToDateTimeOffset());
        return new RecordReferralResponse { Referral = await ReferralAsync(await pipeline.ExecuteAsync(command, context.CancellationToken), null, context) };
    }

    public override async Task<GetReferralResponse> GetReferral(GetReferralRequest request, ServerCallContext context)
    {
        var id = request.ReferralId;
        if (id == 0)
            id = await db.Referrals.AsNoTracking().Where(r => r.OmbudsmanCaseReference == request.OmbudsmanCaseReference.Trim()).Select(r => r.Id)
                .SingleOrDefaultAsync(context.CancellationToken);
        return new GetReferralResponse { Referral = await ReferralAsync(id, request.AsOf?.ToDateTimeOffset(), context) };
    }

    public override async Task<RecordEvidenceRequestResponse> RecordEvidenceRequest(RecordEvidenceRequestRequest request, ServerCallContext context)
    {
        var command = new RecordEvidenceRequestCommand(request.ReferralId, request.What, Date(request.ReceivedOn, "received_on"), Date(request.DueOn, "due_on"));
        var id = await pipeline.ExecuteAsync(command, context.CancellationToken);
        return new RecordEvidenceRequestResponse { EvidenceRequestId = id, Referral = await ReferralAsync(request.ReferralId, null, context) };
    }

    public override async Task<SubmitEvidenceResponse> SubmitEvidence(SubmitEvidenceRequest request, ServerCallContext context)
    {
        var command = new SubmitEvidenceCommand(request.EvidenceRequestId, request.WhatWasSent, request.DelayExplanation, request.OccurredAt?.ToDateTimeOffset());
        return new SubmitEvidenceResponse { Referral = await ReferralAsync(await pipeline.ExecuteAsync(command, context.CancellationToken), null, context) };
    }

    public override async Task<ListOpenEvidenceRequestsResponse> ListOpenEvidenceRequests(ListOpenEvidenceRequestsRequest request, ServerCallContext context)
    {
        var today = LondonTime.Date(request.AsOf?.ToDateTimeOffset() ?? clock.GetUtcNow());
        var open = await db.EvidenceRequests.AsNoTracking().Where(r => r.SubmittedAt == null).ToListAsync(context.CancellationToken);
        var ids = open.Select(r => r.ReferralId).Distinct().ToList();
        var cases = await db.Referrals.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.OmbudsmanCaseReference, context.CancellationToken);
        var response = new ListOpenEvidenceRequestsResponse();
        response.EvidenceRequests.AddRange(open.OrderBy(r => r.DueOn).ThenBy(r => r.Id)
            .Select(r => ToMessage(r, cases[r.ReferralId], today))
            .Where(r => !request.AttentionOnly || r.Status is DeadlineStatus.Overdue or DeadlineStatus.DueSoon));
        return response;
    }

    public override async Task<ExportCaseFileResponse> ExportCaseFile(ExportCaseFileRequest request, ServerCallContext context)
    {
        var export = await exporter.ExportAsync(Uuid(request.ComplaintId, "complaint_id"), context.CancellationToken);
        return request.Format == ExportFormat.Html
            ? new ExportCaseFileResponse { ContentType = "text/html; charset=utf-8", Document = CaseFileDocuments.ToHtml(export) }
            : new ExportCaseFileResponse { ContentType = "application/json", Document = CaseFileDocuments.ToJson(export) };
    }

    public override async Task<RecordDeterminationResponse> RecordDetermination(RecordDeterminationRequest request, ServerCallContext context)
    {
        var command = new RecordDeterminationCommand(
            request.ReferralId,
            Date(request.DeterminedOn, "determined_on"),
            request.Findings.Select((f, i) => new Domain.ElementFinding(f.Element, (Domain.Finding)(int)f.Finding,
                string.IsNullOrEmpty(f.ComplaintId) ? null : Uuid(f.ComplaintId, $"findings[{i}].complaint_id"))).ToList(),
            request.Orders.Select((o, i) => new Referrals.OrderInput(
                o.Type == OrderType.Unspecified || !Enum.IsDefined((Domain.OrderType)(int)o.Type) ? null : (Domain.OrderType)(int)o.Type,
                o.Description, o.AmountPence == 0 ? null : o.AmountPence, Date(o.DueOn, $"orders[{i}].due_on"), o.Owner,
                string.IsNullOrEmpty(o.ComplaintId) ? null : Uuid(o.ComplaintId, $"orders[{i}].complaint_id"))).ToList(),
            request.Recommendations,
            request.OccurredAt?.ToDateTimeOffset());
        return new RecordDeterminationResponse { Referral = await ReferralAsync(await pipeline.ExecuteAsync(command, context.CancellationToken), null, context) };
    }

    public override async Task<RecordOrderComplianceResponse> RecordOrderCompliance(RecordOrderComplianceRequest request, ServerCallContext context)
    {
        var command = new RecordOrderComplianceCommand(request.OrderId, request.Evidence, Date(request.CompliedOn, "complied_on"), request.OccurredAt?.ToDateTimeOffset());
        return new RecordOrderComplianceResponse { Referral = await ReferralAsync(await pipeline.ExecuteAsync(command, context.CancellationToken), null, context) };
    }

    public override async Task<ListOpenOrdersResponse> ListOpenOrders(ListOpenOrdersRequest request, ServerCallContext context)
    {
        var today = LondonTime.Date(request.AsOf?.ToDateTimeOffset() ?? clock.GetUtcNow());
        var open = await db.Orders.AsNoTracking().Where(o => o.CompliedOn == null).ToListAsync(context.CancellationToken);
        var ids = open.Select(o => o.ReferralId).Distinct().ToList();
        var cases = await db.Referrals.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.OmbudsmanCaseReference, context.CancellationToken);
        var response = new ListOpenOrdersResponse();
        response.Orders.AddRange(open.OrderBy(o => o.DueOn).ThenBy(o => o.Id)
            .Select(o => ToMessage(o, cases[o.ReferralId], today))
            .Where(o => !request.AttentionOnly || o.Status is DeadlineStatus.Overdue or DeadlineStatus.DueSoon));
        return response;
    }

    public override async Task<RecordRecommendationResponseResponse> RecordRecommendationResponse(RecordRecommendationResponseRequest request, ServerCallContext context)
    {
        var command = new RecordRecommendationResponseCommand(request.RecommendationId, request.Accepted, request.Reason);
        return new RecordRecommendationResponseResponse { Referral = await ReferralAsync(await pipeline.ExecuteAsync(command, context.CancellationToken), null, context) };
    }
}
