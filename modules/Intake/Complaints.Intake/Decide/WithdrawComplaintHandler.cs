using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Intake.Decide;

/// <summary>Records a withdrawal; the lifecycle refuses it where a complaint can no longer be withdrawn.</summary>
internal sealed class WithdrawComplaintHandler(ComplaintStore complaints, ILifecycle lifecycle) : ICommandHandler<WithdrawComplaintCommand, Guid>
{
    public async Task<Guid> HandleAsync(PluginContext<WithdrawComplaintCommand, Guid> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.Reason))
            throw new ValidationException(new FieldViolation("reason", "must record why the resident withdrew"));
        var complaint = await complaints.GetForUpdateAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken);
        await lifecycle.TransitionAsync(new TransitionRequest(complaint.Id, ComplaintTrigger.Withdraw, command.Reason, command.OccurredAt), cancellationToken);
        complaint.OutcomeExplanation = command.Reason.Trim();
        return complaint.Id;
    }
}
