using Complaints.Intake.Persistence;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Microsoft.Extensions.Options;

namespace Complaints.Intake.Feedback;

/// <summary>Records that a compliment reached whom it praises (VHA 8.1, Livin 8.31); only compliments, and once.</summary>
internal sealed class RecordComplimentPassedOnHandler(IntakeDbContext db, FeedbackStore store, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<RecordComplimentPassedOnCommand, RecordedFeedback>
{
    public async Task<RecordedFeedback> HandleAsync(PluginContext<RecordComplimentPassedOnCommand, RecordedFeedback> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.PassedOnTo))
            throw new ValidationException(new FieldViolation("passed_on_to", "must name the staff member, team or manager it was passed to"));
        var occurredAt = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var feedback = await store.ForChangeAsync(command.FeedbackId, cancellationToken);
        if (!feedback.IsCompliment)
            throw new RuleViolationException($"{feedback.Reference} is {feedback.Kind}, not a compliment: only a compliment is passed on.",
                "NOT_A_COMPLIMENT", new Dictionary<string, string> { ["kind"] = feedback.Kind });
        if (feedback.PassedOnAt is { } passedOnAt)
            throw new RuleViolationException($"Compliment {feedback.Reference} was already passed on to {feedback.PassedOnTo} at {passedOnAt:O}.",
                "COMPLIMENT_ALREADY_PASSED_ON", new Dictionary<string, string> { ["passed_on_to"] = feedback.PassedOnTo ?? "" });
        feedback.PassedOnTo = command.PassedOnTo.Trim();
        feedback.PassedOnAt = occurredAt;
        feedback.PassedOnBy = context.InitiatingUser.Id;
        await db.SaveChangesAsync(cancellationToken);
        return new RecordedFeedback(feedback.Id, feedback.Reference);
    }
}
