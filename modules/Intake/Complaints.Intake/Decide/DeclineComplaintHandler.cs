using Complaints.Intake.Contracts;
using Complaints.Intake.Policy;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;
using Microsoft.Extensions.Options;

namespace Complaints.Intake.Decide;

/// <summary>Records why a complaint is not accepted, only for a reason the policy allows, and moves the lifecycle.</summary>
internal sealed class DeclineComplaintHandler(ComplaintStore complaints, ILifecycle lifecycle, IOptions<IntakePolicy> policy, IEventPublisher events)
    : ICommandHandler<DeclineComplaintCommand, Guid>
{
    public async Task<Guid> HandleAsync(PluginContext<DeclineComplaintCommand, Guid> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var reasons = policy.Value.ExclusionReasons;
        var violations = new List<FieldViolation>();
        if (reasons.All(r => r.Code != command.ExclusionReason))
            violations.Add(new FieldViolation("exclusion_reason", $"must be one of this policy's reasons: {string.Join(", ", reasons.Select(r => r.Code))}"));
        if (string.IsNullOrWhiteSpace(command.Explanation))
            violations.Add(new FieldViolation("explanation", "must explain the decision to the resident"));
        if (!command.OmbudsmanSignposted)
            violations.Add(new FieldViolation("ombudsman_signposted", "the resident must be told they may take this decision to the Ombudsman"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());

        var complaint = await complaints.GetForUpdateAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken);
        var declined = await lifecycle.TransitionAsync(
            new TransitionRequest(complaint.Id, ComplaintTrigger.Decline, command.ExclusionReason, command.OccurredAt), cancellationToken);
        (complaint.ExclusionReason, complaint.OutcomeExplanation, complaint.OmbudsmanSignposted) =
            (command.ExclusionReason, command.Explanation.Trim(), true);
        events.Publish(new ComplaintDeclinedEvent(complaint.Id, command.ExclusionReason, declined.EnteredStageAt));
        return complaint.Id;
    }
}
