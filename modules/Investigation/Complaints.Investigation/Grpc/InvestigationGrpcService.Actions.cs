using System.Globalization;
using Grpc.Core;
using Complaints.Investigation.Actions;
using Complaints.Investigation.Api.V1;
using Complaints.Investigation.Closure;
using Complaints.Kernel.Errors;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Investigation.Grpc;

/// <summary>Tracked actions, and closing the complaint.</summary>
internal sealed partial class InvestigationGrpcService
{
    public override async Task<AddActionResponse> AddAction(AddActionRequest request, ServerCallContext context)
    {
        var id = await pipeline.ExecuteAsync(new AddActionCommand(ComplaintId(request.ComplaintId), request.Description, RequestFields.Date(request.DueOn, "due_on")), context.CancellationToken);
        return new AddActionResponse { Action = await ActionAsync(id, context) };
    }

    public override async Task<UpdateActionResponse> UpdateAction(UpdateActionRequest request, ServerCallContext context)
    {
        var command = new UpdateActionCommand(request.ActionId, request.Update, RequestFields.Date(request.NewDueOn, "new_due_on"), request.OccurredAt?.ToDateTimeOffset());
        return new UpdateActionResponse { Action = await ActionAsync(await pipeline.ExecuteAsync(command, context.CancellationToken), context) };
    }

    public override async Task<CompleteActionResponse> CompleteAction(CompleteActionRequest request, ServerCallContext context)
    {
        var command = new CompleteActionCommand(request.ActionId, request.Note, request.TransferredTo, request.OccurredAt?.ToDateTimeOffset());
        return new CompleteActionResponse { Action = await ActionAsync(await pipeline.ExecuteAsync(command, context.CancellationToken), context) };
    }

    public override async Task<CloseComplaintResponse> CloseComplaint(CloseComplaintRequest request, ServerCallContext context)
    {
        var command = new CloseComplaintCommand(ComplaintId(request.ComplaintId), Known<Closure.CloseReason>((int)request.Reason), request.Note,
            request.OccurredAt?.ToDateTimeOffset(), request.HasExpectedVersion ? request.ExpectedVersion : null);
        return new CloseComplaintResponse { Change = await ExecuteAsync(command, context) };
    }

    private async Task<Api.V1.TrackedAction> ActionAsync(long id, ServerCallContext context) =>
        ToMessage(await db.Actions.AsNoTracking().SingleAsync(a => a.Id == id, context.CancellationToken));

    private static Api.V1.TrackedAction ToMessage(Actions.TrackedAction action)
    {
        var message = new Api.V1.TrackedAction
        {
            Id = action.Id,
            ComplaintId = action.ComplaintId.ToString(),
            Description = action.Description,
            DueOn = action.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Status = (Api.V1.ActionStatus)(int)action.Status,
            TransferredTo = action.TransferredTo ?? "",
        };
        message.Updates.AddRange(action.Updates.Select(u => new Api.V1.ActionUpdate { Text = u.Text, At = Timestamp.FromDateTimeOffset(u.At), By = u.By }));
        return message;
    }
}
