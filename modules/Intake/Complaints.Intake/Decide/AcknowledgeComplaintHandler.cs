using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Intake.Decide;

/// <summary>Records the acknowledgement and moves the lifecycle: accepted into stage 1 if needed, then acknowledged.</summary>
internal sealed class AcknowledgeComplaintHandler(ComplaintStore complaints, AcceptanceGate acceptance, ILifecycle lifecycle)
    : ICommandHandler<AcknowledgeComplaintCommand, Guid>
{
    public async Task<Guid> HandleAsync(PluginContext<AcknowledgeComplaintCommand, Guid> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(command.Definition))
            violations.Add(new FieldViolation("complaint_definition", "must set out the complaint as understood"));
        if (string.IsNullOrWhiteSpace(command.NamedOfficer))
            violations.Add(new FieldViolation("named_officer", "must name the officer handling it"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());

        var complaint = await complaints.GetForUpdateAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken);
        await acceptance.AcceptIfReceivedAsync(complaint, command.AcceptanceOverrideReason, context.InitiatingUser.Id, command.OccurredAt, cancellationToken);
        await lifecycle.TransitionAsync(new TransitionRequest(complaint.Id, ComplaintTrigger.Acknowledge, command.Definition, command.OccurredAt), cancellationToken);
        (complaint.Definition, complaint.NamedOfficer, complaint.ResolutionSought) =
            (command.Definition.Trim(), command.NamedOfficer.Trim(), command.ResolutionSought.Trim());
        return complaint.Id;
    }
}
