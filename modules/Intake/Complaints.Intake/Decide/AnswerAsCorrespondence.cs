using Complaints.Intake.Domain;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Intake.Decide;

/// <summary>Answer an enquiry the policy treats as correspondence, and close it (message <c>AnswerAsCorrespondence</c>).</summary>
internal sealed record AnswerAsCorrespondenceCommand(Guid ComplaintId, string Reply, DateTimeOffset? OccurredAt, int? ExpectedVersion)
    : ICommand<Guid>;

/// <summary>
/// Only for what the acceptance rules routed to correspondence (IDS 2.2: MPs' and councillors' enquiries); anything
/// else is a complaint and must be accepted or declined, never quietly answered as a letter.
/// </summary>
internal sealed class AnswerAsCorrespondenceHandler(ComplaintStore complaints, ILifecycle lifecycle)
    : ICommandHandler<AnswerAsCorrespondenceCommand, Guid>
{
    public async Task<Guid> HandleAsync(PluginContext<AnswerAsCorrespondenceCommand, Guid> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.Reply))
            throw new ValidationException(new FieldViolation("reply", "must summarise the reply sent"));
        var complaint = await complaints.GetForUpdateAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken);
        if (complaint.Acceptance.Route != AcceptanceAssessment.CorrespondenceRoute)
            throw new RuleViolationException(
                $"Complaint {complaint.Reference} is a complaint under this policy, not correspondence: accept or decline it.");
        await lifecycle.TransitionAsync(new TransitionRequest(complaint.Id, ComplaintTrigger.AnswerAsCorrespondence, command.Reply, command.OccurredAt), cancellationToken);
        complaint.OutcomeExplanation = command.Reply.Trim();
        return complaint.Id;
    }
}
