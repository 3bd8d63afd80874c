using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Intake.Decide;

/// <summary>Records the acknowledgement and moves the lifecycle: accepted into stage 1 if needed, then acknowledged.</summary>
internal sealed class AcknowledgeComplaintHandler(ComplaintStore complaints, ILifecycle lifecycle, TimeProvider clock)
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
        var stage = (await lifecycle.FindAsync(complaint.Id, null, cancellationToken))!.Stage;
        if (stage == ComplaintStage.Received)
        {
            RecordOverrideIfNeeded(complaint, command, context.InitiatingUser.Id);
            await lifecycle.TransitionAsync(new TransitionRequest(complaint.Id, ComplaintTrigger.Accept, "Accepted as a complaint", command.OccurredAt), cancellationToken);
        }
        await lifecycle.TransitionAsync(new TransitionRequest(complaint.Id, ComplaintTrigger.Acknowledge, command.Definition, command.OccurredAt), cancellationToken);
        (complaint.Definition, complaint.NamedOfficer, complaint.ResolutionSought) =
            (command.Definition.Trim(), command.NamedOfficer.Trim(), command.ResolutionSought.Trim());
        return complaint.Id;
    }

    /// <summary>
    /// Accepting what the acceptance rules would not is the officer's call, but never a silent one: it needs a reason,
    /// recorded with who decided and when.
    /// </summary>
    private void RecordOverrideIfNeeded(Domain.Complaint complaint, AcknowledgeComplaintCommand command, string officer)
    {
        if (complaint.Acceptance.Acceptable)
            return;
        if (string.IsNullOrWhiteSpace(command.AcceptanceOverrideReason))
            throw new RuleViolationException(
                $"Complaint {complaint.Reference} need not be accepted: {complaint.Acceptance.Explanation} "
                + "To accept it anyway, give acceptance_override_reason; otherwise decline it.");
        complaint.AcceptanceOverride = new Domain.AcceptanceOverride(command.AcceptanceOverrideReason.Trim(), officer, command.OccurredAt ?? clock.GetUtcNow());
    }
}
