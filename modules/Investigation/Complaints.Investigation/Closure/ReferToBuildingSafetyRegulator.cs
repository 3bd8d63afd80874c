using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Investigation.Closure;

/// <summary>Send a building-safety complaint on to the Building Safety Regulator after stage 1 (message <c>ReferToBuildingSafetyRegulator</c>).</summary>
internal sealed record ReferToBuildingSafetyRegulatorCommand(Guid ComplaintId, string Reason, DateTimeOffset? OccurredAt, int? ExpectedVersion = null)
    : ICommand<Guid>;

/// <summary>The lifecycle allows it only where the profile has the route and the complaint was flagged building safety (IVH).</summary>
internal sealed class ReferToBuildingSafetyRegulatorHandler(ILifecycle lifecycle) : ICommandHandler<ReferToBuildingSafetyRegulatorCommand, Guid>
{
    public async Task<Guid> HandleAsync(PluginContext<ReferToBuildingSafetyRegulatorCommand, Guid> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.Reason))
            throw new ValidationException(new FieldViolation("reason", "must say why it goes to the Regulator"));
        await lifecycle.TransitionAsync(new TransitionRequest(command.ComplaintId, ComplaintTrigger.ReferToBuildingSafetyRegulator, command.Reason.Trim(),
            command.OccurredAt, ExpectedVersion: command.ExpectedVersion), cancellationToken);
        return command.ComplaintId;
    }
}
