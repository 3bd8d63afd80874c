using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Intake.Decide;

/// <summary>
/// Into the early-resolution step. The workflow refuses it (FAILED_PRECONDITION) where the active policy has none,
/// and stage 1's acknowledgement and response clocks keep running: the step is part of stage 1, never before it.
/// </summary>
internal sealed class StartEarlyResolutionHandler(ComplaintStore complaints, AcceptanceGate acceptance, ILifecycle lifecycle)
    : ICommandHandler<StartEarlyResolutionCommand, Guid>
{
    public async Task<Guid> HandleAsync(PluginContext<StartEarlyResolutionCommand, Guid> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.NamedOfficer))
            throw new ValidationException(new FieldViolation("named_officer", "must name the officer trying to put it right"));
        var complaint = await complaints.GetForUpdateAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken);
        await acceptance.AcceptIfReceivedAsync(complaint, command.AcceptanceOverrideReason, context.InitiatingUser.Id, command.OccurredAt, cancellationToken);
        await lifecycle.TransitionAsync(new TransitionRequest(complaint.Id, ComplaintTrigger.StartEarlyResolution, null, command.OccurredAt), cancellationToken);
        complaint.NamedOfficer = command.NamedOfficer.Trim();
        return complaint.Id;
    }
}

/// <summary>Closes the complaint as resolved early, recording what was done as its outcome.</summary>
internal sealed class ResolveEarlyHandler(ComplaintStore complaints, ILifecycle lifecycle) : ICommandHandler<ResolveEarlyCommand, Guid>
{
    public async Task<Guid> HandleAsync(PluginContext<ResolveEarlyCommand, Guid> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.Resolution))
            throw new ValidationException(new FieldViolation("resolution", "must say what was done to put it right"));
        var complaint = await complaints.GetForUpdateAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken);
        await lifecycle.TransitionAsync(new TransitionRequest(complaint.Id, ComplaintTrigger.ResolveEarly, command.Resolution, command.OccurredAt), cancellationToken);
        complaint.OutcomeExplanation = command.Resolution.Trim();
        return complaint.Id;
    }
}
