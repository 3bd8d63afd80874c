using Complaints.Intake.Persistence;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Microsoft.Extensions.Options;

namespace Complaints.Intake.Feedback;

/// <summary>
/// Records the improvement feedback led to (Livin 8.29, 8.31; VHA 8.1 learning points, 9.1 changes made), once: the
/// annual report shows what feedback changed.
/// </summary>
internal sealed class RecordServiceImprovementHandler(IntakeDbContext db, FeedbackStore store, TimeProvider clock, IOptions<ClockOptions> clockOptions)
    : ICommandHandler<RecordServiceImprovementCommand, RecordedFeedback>
{
    public async Task<RecordedFeedback> HandleAsync(PluginContext<RecordServiceImprovementCommand, RecordedFeedback> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        if (string.IsNullOrWhiteSpace(command.Description))
            throw new ValidationException(new FieldViolation("description", "must say what changed, or what was learnt, because of it"));
        var occurredAt = OccurredAt.Resolve(command.OccurredAt, clock, clockOptions.Value.AllowedSkew);
        var feedback = await store.ForChangeAsync(command.FeedbackId, cancellationToken);
        if (feedback.ServiceImprovementNotedAt is { } notedAt)
            throw new RuleViolationException($"{feedback.Reference} already has its service improvement, noted at {notedAt:O}.",
                "SERVICE_IMPROVEMENT_ALREADY_RECORDED");
        feedback.ServiceImprovement = command.Description.Trim();
        feedback.ServiceImprovementNotedAt = occurredAt;
        feedback.ServiceImprovementNotedBy = context.InitiatingUser.Id;
        await db.SaveChangesAsync(cancellationToken);
        return new RecordedFeedback(feedback.Id, feedback.Reference);
    }
}
