using Complaints.Intake.Policy;
using Complaints.Kernel.Calendar;

namespace Complaints.Intake.Domain;

/// <summary>What is known at logging that the acceptance rules look at.</summary>
internal sealed record AcceptanceFacts(
    DateTimeOffset ReceivedAt, DateTimeOffset? IssueOccurredAt, DateTimeOffset? ResidentAwareAt, bool Safeguarding, bool HealthAndSafety, bool Anonymous,
    ComplaintChannel Channel = ComplaintChannel.Phone);

/// <summary>
/// Whether the policy would accept the complaint and why, citing the clause; an officer decides. The route is
/// "Complaint", or "Correspondence" where the policy answers an MP's or councillor's enquiry as a letter, by
/// <see cref="ReplyDueOn"/>.
/// </summary>
internal sealed record AcceptanceAssessment(
    bool Acceptable, string Explanation, string? SuggestedExclusionReason, bool OfficerMayOverride,
    string Route = AcceptanceAssessment.ComplaintRoute, DateOnly? ReplyDueOn = null)
{
    public const string ComplaintRoute = "Complaint";
    public const string CorrespondenceRoute = "Correspondence";
}

/// <summary>
/// The policy's acceptance rules (time limit, its exceptions, anonymous complaints), evaluated and explained, never
/// applied silently: the Code asks landlords to accept unless there is a valid, evidenced reason.
/// </summary>
internal static class AcceptanceRules
{
    public static AcceptanceAssessment Assess(AcceptanceFacts facts, IntakePolicy policy, WorkingDayCalendar calendar)
    {
        if (facts.Channel == ComplaintChannel.MpOrCouncillor && policy.MpOrCouncillor is { Handling: "Correspondence", ReplyWorkingDays: { } replyDays })
        {
            var replyDue = calendar.AddWorkingDays(LondonTime.Date(facts.ReceivedAt), replyDays);
            return new(false,
                $"This policy answers an MP's or councillor's enquiry as correspondence, not as a formal complaint: reply within {replyDays} working days, by {replyDue:yyyy-MM-dd} ({policy.MpOrCouncillor.Clause}). "
                + "If the resident wants to complain themselves, an officer may accept it as a complaint, with the reason recorded.",
                null, true, AcceptanceAssessment.CorrespondenceRoute, replyDue);
        }

        if (facts.Anonymous && policy.Anonymous.Handling == "Decline")
            return new(false, $"This policy does not accept anonymous complaints ({policy.Anonymous.Clause}).", policy.Anonymous.ExclusionReasonCode, false);
        if (facts.Anonymous && policy.Anonymous.Handling == "ManagerDiscretion")
            return new(false,
                $"This policy leaves anonymous complaints to a manager's discretion ({policy.Anonymous.Clause}); record the manager's decision as the reason for accepting it, or decline it.",
                policy.Anonymous.ExclusionReasonCode, true);

        var window = policy.Acceptance;
        var (from, what) = CountsFrom(facts, window.MeasuredFrom);
        if (from is null)
            return new(true, "No date was given for when the issue happened, so the time limit was not applied.", null, false);
        var fromDate = LondonTime.Date(from.Value);
        var receivedDate = LondonTime.Date(facts.ReceivedAt);
        if (receivedDate <= fromDate.AddMonths(window.WindowMonths))
            return new(true, $"Raised within {window.WindowMonths} months of {what} on {fromDate:yyyy-MM-dd} ({window.Clause}).", null, false);
        if (facts.Safeguarding && window.Exceptions.Contains("Safeguarding"))
            return new(true, $"Raised more than {window.WindowMonths} months after {what}, but it concerns safeguarding, which this policy accepts however old ({window.Clause}).", null, false);
        if (facts.HealthAndSafety && window.Exceptions.Contains("HealthAndSafety"))
            return new(true, $"Raised more than {window.WindowMonths} months after {what}, but it concerns health and safety, which this policy accepts however old ({window.Clause}).", null, false);
        return new(false,
            $"Raised on {receivedDate:yyyy-MM-dd}, more than {window.WindowMonths} months after {what} on {fromDate:yyyy-MM-dd} ({window.Clause})."
            + (window.Discretion ? " The policy allows an officer to accept it for good reason, recorded." : ""),
            window.ExclusionReasonCode, window.Discretion);
    }

    /// <summary>Where the time limit counts from: the issue, or (where the policy says) the later awareness of it.</summary>
    private static (DateTimeOffset? From, string What) CountsFrom(AcceptanceFacts facts, AcceptanceMeasuredFrom measuredFrom) =>
        measuredFrom == AcceptanceMeasuredFrom.OccurredOrAware && facts.ResidentAwareAt is { } aware && (facts.IssueOccurredAt is null || aware > facts.IssueOccurredAt)
            ? (aware, "the resident became aware of the issue")
            : (facts.IssueOccurredAt, "the issue happened");
}
