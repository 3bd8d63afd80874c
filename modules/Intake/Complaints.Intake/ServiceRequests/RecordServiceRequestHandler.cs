using Complaints.Intake.Domain;
using Complaints.Intake.Persistence;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Microsoft.Extensions.Options;

namespace Complaints.Intake.ServiceRequests;

/// <summary>Validates, numbers and stores a service request.</summary>
internal sealed class RecordServiceRequestHandler(
    IntakeDbContext db, SequenceGenerator sequences, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<RecordServiceRequestCommand, RecordedServiceRequest>
{
    public async Task<RecordedServiceRequest> HandleAsync(
        PluginContext<RecordServiceRequestCommand, RecordedServiceRequest> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        if (command.Channel is null)
            violations.Add(new FieldViolation("channel", "must say how the request arrived"));
        if (string.IsNullOrWhiteSpace(command.Description))
            violations.Add(new FieldViolation("description", "must say what needs putting right"));
        if (string.IsNullOrWhiteSpace(command.Category))
            violations.Add(new FieldViolation("category", "must say what kind of request it is (e.g. Repairs)"));
        if (string.IsNullOrWhiteSpace(command.ResidentReference))
            violations.Add(new FieldViolation("resident_reference", "must identify the resident"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());

        var receivedAt = OccurredAt.Resolve(command.ReceivedAt, clock, clockOptions.Value.AllowedSkew, "received_at");
        var year = LondonTime.Date(receivedAt).Year;
        var number = await sequences.NextAsync(ServiceRequestReference.SequenceName(year), cancellationToken);
        var request = new ServiceRequest
        {
            Id = Guid.CreateVersion7(),
            Reference = ServiceRequestReference.Format(year, number),
            Channel = command.Channel!.Value,
            Description = command.Description.Trim(),
            Category = command.Category.Trim(),
            ResidentReference = command.ResidentReference.Trim(),
            ReceivedAt = receivedAt,
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = context.InitiatingUser.Id,
        };
        db.ServiceRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return new RecordedServiceRequest(request.Id, request.Reference);
    }
}
