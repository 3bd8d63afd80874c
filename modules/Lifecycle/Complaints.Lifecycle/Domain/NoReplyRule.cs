using Complaints.Kernel.Calendar;
using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Policy;

namespace Complaints.Lifecycle.Domain;

/// <summary>
/// Closing for no reply is allowed only once the policy's window after the stage 1 response has run in full
/// (IDS 6.2: 21 working days); the refusal says when it will have.
/// </summary>
internal static class NoReplyRule
{
    public static void Check(IReadOnlyList<StageTransition> history, DateTimeOffset closingAt, LifecyclePolicy policy, WorkingDayCalendar calendar)
    {
        if (policy.AutoCloseNoReplyWorkingDays is not { } days)
            return; // the workflow's guard refuses it with its own reason
        var response = history.LastOrDefault(t => t.Trigger == nameof(ComplaintTrigger.IssueStage1Response))
            ?? throw new RuleViolationException("There is no stage 1 response to have had no reply to.");
        var lastDay = LastDay(response.OccurredAt, days, calendar);
        if (closingAt < calendar.EndOfDay(lastDay))
            throw new RuleViolationException(
                $"The resident has until the end of {lastDay:yyyy-MM-dd} to reply ({days} working days from the stage 1 response; {policy.AutoCloseClause}).");
    }

    /// <summary>The last day the resident has to reply: the working days counted from the day of the response.</summary>
    public static DateOnly LastDay(DateTimeOffset respondedAt, int workingDays, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(LondonTime.Date(respondedAt), workingDays);
}
