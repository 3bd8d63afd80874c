using Complaints.Intake.Contracts;
using Complaints.Intake.Log;
using Complaints.Intake.Persistence;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;

namespace Complaints.Intake.Feedback;

/// <summary>
/// Logs the feedback as a complaint through the whole LogComplaint pipeline (validation, acceptance rules, contact
/// restrictions, lifecycle), received when the feedback was unless the caller says otherwise, for the same resident
/// (or anonymously). In the same transaction the feedback is marked as logged, so it is counted once: as the complaint.
/// </summary>
internal sealed class LogFeedbackAsComplaintHandler(IntakeDbContext db, FeedbackStore store, ICommandPipeline pipeline, IEventPublisher events, TimeProvider clock)
    : ICommandHandler<LogFeedbackAsComplaintCommand, FeedbackLoggedAsComplaint>
{
    public async Task<FeedbackLoggedAsComplaint> HandleAsync(
        PluginContext<LogFeedbackAsComplaintCommand, FeedbackLoggedAsComplaint> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var feedback = await store.ForChangeAsync(command.FeedbackId, cancellationToken);
        var log = new LogComplaintCommand(
            feedback.Channel,
            string.IsNullOrWhiteSpace(command.Description) ? feedback.Text : command.Description,
            feedback.ResidentReference,
            command.ReceivedAt ?? feedback.ReceivedAt,
            IdempotencyKey: null, // the outer message carries the caller's key
            Anonymous: feedback.Anonymous,
            Points: command.Points,
            DesiredOutcome: command.DesiredOutcome);
        var logged = await pipeline.ExecuteAsync(log, cancellationToken);

        var loggedAt = OccurredAt.WholeMilliseconds(clock.GetUtcNow());
        feedback.ComplaintId = logged.Id;
        feedback.ComplaintReference = logged.Reference;
        feedback.LoggedAsComplaintAt = loggedAt;
        feedback.LoggedAsComplaintBy = context.InitiatingUser.Id;
        await db.SaveChangesAsync(cancellationToken);
        events.Publish(new FeedbackLoggedAsComplaintEvent(feedback.Id, feedback.Reference, feedback.Kind, logged.Id, logged.Reference, loggedAt));
        return new FeedbackLoggedAsComplaint(feedback.Id, logged.Id);
    }
}
