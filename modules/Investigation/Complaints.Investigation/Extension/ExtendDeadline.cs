using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Investigation.Extension;

/// <summary>Move the open stage's response deadline (message <c>ExtendDeadline</c>).</summary>
internal sealed record ExtendDeadlineCommand(
    Guid ComplaintId, int WorkingDays, string Reason, bool ResidentAgreed, bool OmbudsmanDetailsGiven, DateTimeOffset? OccurredAt,
    int? ExpectedVersion = null)
    : ICommand<Guid>;

/// <summary>
/// The Code's conditions for any extension are checked here (told why, given the Ombudsman's details); the policy's
/// caps and agreement rules are the lifecycle's (<c>ExtensionRules</c>), which refuses past them.
/// </summary>
internal sealed class ExtendDeadlineHandler(ILifecycle lifecycle) : ICommandHandler<ExtendDeadlineCommand, Guid>
{
    public async Task<Guid> HandleAsync(PluginContext<ExtendDeadlineCommand, Guid> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var violations = new List<FieldViolation>();
        if (command.WorkingDays < 1)
            violations.Add(new FieldViolation("working_days", "must be at least 1"));
        if (string.IsNullOrWhiteSpace(command.Reason))
            violations.Add(new FieldViolation("reason", "the resident must be told why the response is delayed"));
        if (!command.OmbudsmanDetailsGiven)
            violations.Add(new FieldViolation("ombudsman_details_given", "the resident must be given the Housing Ombudsman's contact details with an extension"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());

        await lifecycle.TransitionAsync(new TransitionRequest(command.ComplaintId, ComplaintTrigger.ExtendDeadline, command.Reason.Trim(),
            command.OccurredAt, command.WorkingDays, command.ResidentAgreed, command.ExpectedVersion), cancellationToken);
        return command.ComplaintId;
    }
}
