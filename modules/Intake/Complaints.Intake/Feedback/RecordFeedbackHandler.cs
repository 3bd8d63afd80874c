using Complaints.Intake.Contracts;
using Complaints.Intake.Persistence;
using Complaints.Intake.Policy;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Time;
using Microsoft.Extensions.Options;

namespace Complaints.Intake.Feedback;

/// <summary>Validates, numbers and stores a compliment or feedback, and announces it (never as a complaint).</summary>
internal sealed class RecordFeedbackHandler(
    IntakeDbContext db, SequenceGenerator sequences, IEventPublisher events, TimeProvider clock, IOptions<ClockOptions> clockOptions,
    IOptions<IntakePolicy> policy)
    : ICommandHandler<RecordFeedbackCommand, RecordedFeedback>
{
    public async Task<RecordedFeedback> HandleAsync(PluginContext<RecordFeedbackCommand, RecordedFeedback> context, CancellationToken cancellationToken)
    {
        var command = context.Target;
        var feedbackPolicy = policy.Value.Feedback;
        FeedbackValidation.Check(command, feedbackPolicy, clock.GetUtcNow() + clockOptions.Value.AllowedSkew);

        var receivedAt = OccurredAt.Resolve(command.ReceivedAt, clock, clockOptions.Value.AllowedSkew, "received_at");
        var received = LondonTime.Date(receivedAt);
        var number = await sequences.NextAsync(FeedbackReference.SequenceName(received.Year), cancellationToken);
        var kind = feedbackPolicy.Find(command.Kind.Trim())!;
        var feedback = new FeedbackRecord
        {
            Id = Guid.CreateVersion7(),
            Reference = FeedbackReference.Format(received.Year, number),
            Kind = kind.Code,
            IsCompliment = kind.IsCompliment,
            Channel = command.Channel!.Value,
            Text = command.Text.Trim(),
            ResidentReference = command.Anonymous ? "" : command.ResidentReference.Trim(),
            Anonymous = command.Anonymous,
            ServiceArea = command.ServiceArea.Trim(),
            StaffMember = Blank(command.StaffMember),
            Team = Blank(command.Team),
            ReceivedAt = receivedAt,
            ReceivedMonth = received.Year * 100 + received.Month,
            RecordedAt = OccurredAt.WholeMilliseconds(clock.GetUtcNow()),
            RecordedBy = context.InitiatingUser.Id,
        };
        db.Feedback.Add(feedback);
        await db.SaveChangesAsync(cancellationToken);
        events.Publish(new FeedbackRecordedEvent(feedback.Id, feedback.Reference, feedback.Kind, feedback.IsCompliment,
            feedback.ServiceArea, feedback.Channel.ToString(), receivedAt));
        return new RecordedFeedback(feedback.Id, feedback.Reference);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
