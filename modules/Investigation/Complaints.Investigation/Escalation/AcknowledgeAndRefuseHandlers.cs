using Complaints.Investigation.Policy;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;
using Microsoft.Extensions.Options;

namespace Complaints.Investigation.Escalation;

/// <summary>Stage 2 acknowledged: the lifecycle starts the stage 2 response clock.</summary>
internal sealed class AcknowledgeEscalationHandler(ILifecycle lifecycle) : ICommandHandler<AcknowledgeEscalationCommand, Guid>
{
    public async Task<Guid> HandleAsync(PluginContext<AcknowledgeEscalationCommand, Guid> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        await lifecycle.TransitionAsync(new TransitionRequest(command.ComplaintId, ComplaintTrigger.AcknowledgeEscalation, null, command.OccurredAt,
            ExpectedVersion: command.ExpectedVersion), cancellationToken);
        return command.ComplaintId;
    }
}

/// <summary>The Code allows a refusal only with written reasons and the right to go to the Ombudsman.</summary>
internal sealed class RefuseEscalationHandler(ILifecycle lifecycle, IOptions<InvestigationPolicy> policy) : ICommandHandler<RefuseEscalationCommand, Guid>
{
    public async Task<Guid> HandleAsync(PluginContext<RefuseEscalationCommand, Guid> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        var valid = policy.Value.EscalationRefusalReasons;
        var reason = valid.SingleOrDefault(r => r.Code == command.ReasonCode?.Trim());
        if (reason is null)
            violations.Add(new FieldViolation("reason_code",
                $"must be one of the policy's valid reasons for refusing stage 2: {string.Join("; ", valid.Select(r => $"{r.Code} ({r.Description}, {r.Clause})"))}"));
        if (string.IsNullOrWhiteSpace(command.Reasons))
            violations.Add(new FieldViolation("reasons", "a refusal must give its reasons in writing"));
        if (!command.OmbudsmanSignposted)
            violations.Add(new FieldViolation("ombudsman_signposted", "the resident must be told they may take the refusal to the Ombudsman"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        await lifecycle.TransitionAsync(new TransitionRequest(command.ComplaintId, ComplaintTrigger.RefuseEscalation, $"{reason!.Code}: {command.Reasons.Trim()}", command.OccurredAt,
            ExpectedVersion: command.ExpectedVersion), cancellationToken);
        return command.ComplaintId;
    }
}
