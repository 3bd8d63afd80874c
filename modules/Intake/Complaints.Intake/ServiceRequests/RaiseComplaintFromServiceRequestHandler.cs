using Complaints.Intake.Log;
using Complaints.Intake.Persistence;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.ServiceRequests;

/// <summary>
/// Logs the complaint through the whole LogComplaint pipeline (validation, acceptance rules, lifecycle), for the
/// request's resident and linked to it. The request is left as it is: work on it must not stop.
/// </summary>
internal sealed class RaiseComplaintFromServiceRequestHandler(IntakeDbContext db, ICommandPipeline pipeline)
    : ICommandHandler<RaiseComplaintFromServiceRequestCommand, LoggedComplaint>
{
    public async Task<LoggedComplaint> HandleAsync(
        PluginContext<RaiseComplaintFromServiceRequestCommand, LoggedComplaint> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var request = await db.ServiceRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == command.ServiceRequestId, cancellationToken)
            ?? throw new NotFoundException("Service request", command.ServiceRequestId.ToString());
        var log = new LogComplaintCommand(
            command.Channel ?? request.Channel,
            command.Description,
            request.ResidentReference,
            command.ReceivedAt,
            IdempotencyKey: null, // the outer message carries the caller's key
            Points: command.Points,
            DesiredOutcome: command.DesiredOutcome,
            ServiceRequestId: request.Id);
        return await pipeline.ExecuteAsync(log, cancellationToken);
    }
}
