using Complaints.Intake.Persistence;
using Complaints.Kernel.Errors;

namespace Complaints.Intake.Feedback;

/// <summary>Loads a compliment or feedback for a change, locked until the call ends; refuses one already logged as a complaint.</summary>
internal sealed class FeedbackStore(IntakeDbContext db)
{
    public async Task<FeedbackRecord> ForChangeAsync(Guid id, CancellationToken cancellationToken)
    {
        var feedback = await db.FindForUpdateAsync<FeedbackRecord>(id, cancellationToken)
            ?? throw new NotFoundException("Feedback", id.ToString());
        if (feedback.ComplaintId is { } complaintId)
            throw new RuleViolationException(
                $"Feedback {feedback.Reference} was logged as complaint {feedback.ComplaintReference}: it is handled, and counted, as that complaint.",
                "FEEDBACK_LOGGED_AS_COMPLAINT",
                new Dictionary<string, string> { ["complaint_id"] = complaintId.ToString(), ["complaint_reference"] = feedback.ComplaintReference ?? "" });
        return feedback;
    }
}
