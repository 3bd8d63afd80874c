using Complaints.HousingSystem.Api.V1;
using Complaints.HousingSystem.Persistence;
using Complaints.HousingSystem.Read;
using Complaints.HousingSystem.Repairs;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using static Complaints.Kernel.Errors.RequestFields;

namespace Complaints.HousingSystem.Grpc;

/// <summary><c>complaints.housing_system.v1.HousingSystemService</c>: maps requests to reads and commands, records to messages.</summary>
internal sealed class HousingSystemGrpcService(
    ICommandPipeline pipeline, ResidentReader residents, PropertyReader properties, HousingSystemDbContext db, Webhooks.WebhookAdministration webhooks,
    CallerContext caller)
    : HousingSystemService.HousingSystemServiceBase
{
    public override async Task<GetResidentResponse> GetResident(GetResidentRequest request, ServerCallContext context) =>
        HousingSystemMapping.ToResponse(await residents.GetAsync(request.ResidentReference, context.CancellationToken));

    public override async Task<GetPropertyResponse> GetProperty(GetPropertyRequest request, ServerCallContext context) =>
        HousingSystemMapping.ToResponse(await properties.GetAsync(request.PropertyReference, context.CancellationToken), properties.Rule);

    public override async Task<ListRepeatComplaintsResponse> ListRepeatComplaints(ListRepeatComplaintsRequest request, ServerCallContext context)
    {
        var found = await properties.ListRepeatAsync(request.PageSize, context.CancellationToken);
        return HousingSystemMapping.ToResponse(found, properties.Rule);
    }

    public override async Task<RaiseRepairResponse> RaiseRepair(RaiseRepairRequest request, ServerCallContext context)
    {
        var command = new RaiseRepairCommand(Uuid(request.ComplaintId, "complaint_id"), request.PropertyReference, request.Description,
            HousingSystemMapping.ToPriority(request.Priority), string.IsNullOrEmpty(request.IdempotencyKey) ? null : request.IdempotencyKey);
        var id = await pipeline.ExecuteAsync(command, context.CancellationToken);
        var job = await db.RepairJobs.AsNoTracking().FirstAsync(j => j.Id == id, context.CancellationToken);
        return new RaiseRepairResponse { RepairJob = HousingSystemMapping.ToMessage(job) };
    }

    public override async Task<GetRepairJobResponse> GetRepairJob(GetRepairJobRequest request, ServerCallContext context)
    {
        var job = await db.RepairJobs.AsNoTracking().FirstOrDefaultAsync(j => j.JobReference == request.JobReference, context.CancellationToken)
            ?? throw new NotFoundException("Repair job", request.JobReference);
        return new GetRepairJobResponse { RepairJob = HousingSystemMapping.ToMessage(job) };
    }

    public override async Task<ListWebhookDeliveriesResponse> ListWebhookDeliveries(ListWebhookDeliveriesRequest request, ServerCallContext context)
    {
        Webhooks.WebhookOutcome? outcome = request.Outcome switch
        {
            WebhookOutcome.Delivered => Webhooks.WebhookOutcome.Delivered,
            WebhookOutcome.DeadLettered => Webhooks.WebhookOutcome.DeadLettered,
            _ => null,
        };
        var deliveries = await webhooks.ListAsync(outcome, request.PageSize == 0 ? 100 : request.PageSize, context.CancellationToken);
        return new ListWebhookDeliveriesResponse { Deliveries = { deliveries.Select(HousingSystemMapping.ToMessage) } };
    }

    public override async Task<ReplayWebhooksResponse> ReplayWebhooks(ReplayWebhooksRequest request, ServerCallContext context) =>
        new() { EventIds = { await webhooks.ReplayAsync(request.EventIds, request.Since?.ToDateTimeOffset(), caller.Actor.Id, context.CancellationToken) } };
}
