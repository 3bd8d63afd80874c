using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Intake.Decide;

/// <summary>
/// Accepts a received complaint into stage 1 on the way to its first stage 1 step. Accepting what the acceptance
/// rules would not is the officer's call where the policy leaves one (<c>OfficerMayOverride</c>), but never a silent
/// one: it needs a reason, recorded with who and when. Where the policy leaves none (IDS 4.2), the answer is to decline.
/// </summary>
internal sealed class AcceptanceGate(ILifecycle lifecycle, TimeProvider clock)
{
    public async Task AcceptIfReceivedAsync(
        Domain.Complaint complaint, string? overrideReason, string officer, DateTimeOffset? occurredAt, CancellationToken cancellationToken)
    {
        var stage = (await lifecycle.FindAsync(complaint.Id, null, cancellationToken))!.Stage;
        if (stage != ComplaintStage.Received)
            return;
        if (!complaint.Acceptance.Acceptable)
        {
            if (!complaint.Acceptance.OfficerMayOverride)
                throw new RuleViolationException(
                    $"Complaint {complaint.Reference} is not accepted under this policy, which leaves no discretion: {complaint.Acceptance.Explanation} Decline it.");
            if (string.IsNullOrWhiteSpace(overrideReason))
                throw new RuleViolationException(
                    $"Complaint {complaint.Reference} need not be accepted: {complaint.Acceptance.Explanation} "
                    + "To accept it anyway, give acceptance_override_reason; otherwise decline it.");
            complaint.AcceptanceOverride = new Domain.AcceptanceOverride(overrideReason.Trim(), officer, occurredAt ?? clock.GetUtcNow());
        }
        await lifecycle.TransitionAsync(new TransitionRequest(complaint.Id, ComplaintTrigger.Accept, "Accepted as a complaint", occurredAt), cancellationToken);
    }
}
