using Complaints.Kernel.Calendar;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Domain;
using Complaints.Lifecycle.Policy;
using T = Complaints.Lifecycle.Contracts.ComplaintTrigger;

namespace Complaints.Lifecycle.Clocks;

/// <summary>
/// The Code's and the policy's deadlines for one complaint, worked out from its recorded transitions: what each
/// counts from, the working day it is due by, whether it was met, and its status as of an instant.
/// </summary>
internal sealed class ClockCalculator(LifecyclePolicy policy, WorkingDayCalendar calendar)
{
    private TimeOnly CutOff => policy.ReceiptCutOff ?? TimeOnly.MaxValue;

    public IReadOnlyList<ClockView> Calculate(LifecycleCase lifecycleCase, IReadOnlyList<StageTransition> history, DateTimeOffset asOf)
    {
        var clocks = new List<ClockView>();
        var timeline = new Timeline(history);
        if (timeline.First(T.Accept, T.RaiseComplaint) is not { } accepted)
            return Undecided(lifecycleCase, timeline, asOf);
        var stage1Start = accepted.Trigger == nameof(T.Accept) ? lifecycleCase.ReceivedAt : accepted.OccurredAt;
        var acknowledged = timeline.First(T.Acknowledge);
        var stage1Ended = timeline.First(T.IssueStage1Response, T.ResolveEarly, T.Withdraw, T.ReferToOmbudsman);

        var stage1Ack = Due("stage1.acknowledge", stage1Start, policy.Stage1.Acknowledge, 0);
        clocks.Add(Finish(stage1Ack, acknowledged?.OccurredAt, stage1Ended?.OccurredAt, asOf));

        if (timeline.First(T.StartEarlyResolution) is not null && policy.InformalResolution is { } informal)
        {
            var day = calendar.ReceiptDay(stage1Start, CutOff);
            var dueOn = informal.SameDay ? day : calendar.AddWorkingDays(day, informal.WorkingDays ?? 0);
            var early = new Pending("stage1.earlyResolution", stage1Start, dueOn, 0, informal.Clause);
            clocks.Add(Finish(early, timeline.First(T.ResolveEarly)?.OccurredAt, acknowledged?.OccurredAt ?? stage1Ended?.OccurredAt, asOf));
        }

        var stage1Extensions = timeline.ExtensionDays(stage1Start, stage1Ended?.OccurredAt);
        var stage1Respond = Respond("stage1.respond", stage1Start, acknowledged?.OccurredAt, stage1Ack.DueOn, policy.Stage1.Respond, stage1Extensions);
        var stage1Response = timeline.First(T.IssueStage1Response);
        clocks.Add(Finish(stage1Respond, stage1Response?.OccurredAt, stage1Ended?.OccurredAt, asOf));

        if (timeline.First(T.RequestEscalation) is not { } escalated)
            return clocks;
        var stage2Acknowledged = timeline.First(T.AcknowledgeEscalation);
        var stage2Ended = timeline.First(T.IssueStage2Response, T.RefuseEscalation, T.Withdraw, T.ReferToOmbudsman);
        var stage2Ack = Due("stage2.acknowledge", escalated.OccurredAt, policy.Stage2.Acknowledge, 0);
        clocks.Add(Finish(stage2Ack, stage2Acknowledged?.OccurredAt ?? timeline.First(T.RefuseEscalation)?.OccurredAt, stage2Ended?.OccurredAt, asOf));
        var stage2Extensions = timeline.ExtensionDays(escalated.OccurredAt, stage2Ended?.OccurredAt);
        var stage2Respond = Respond("stage2.respond", escalated.OccurredAt, stage2Acknowledged?.OccurredAt, stage2Ack.DueOn, policy.Stage2.Respond, stage2Extensions);
        clocks.Add(Finish(stage2Respond, timeline.First(T.IssueStage2Response)?.OccurredAt, stage2Ended?.OccurredAt, asOf));
        return clocks;
    }

    /// <summary>
    /// Not yet accepted: the Code's acknowledgement clock already runs from receipt, so a complaint left untriaged
    /// shows overdue. A decision that it is not a complaint stops it. An enquiry the policy answers as correspondence
    /// has its reply date on its acceptance assessment instead.
    /// </summary>
    private List<ClockView> Undecided(LifecycleCase lifecycleCase, Timeline timeline, DateTimeOffset asOf)
    {
        if (lifecycleCase.Correspondence)
            return [];
        var decided = timeline.First(T.Decline, T.TreatAsServiceRequest, T.AnswerAsCorrespondence, T.Withdraw, T.ReferToOmbudsman);
        return [Finish(Due("stage1.acknowledge", lifecycleCase.ReceivedAt, policy.Stage1.Acknowledge, 0), null, decided?.OccurredAt, asOf)];
    }

    /// <summary>
    /// The resident's windows, apart from the landlord's deadlines: the time the policy gives to ask for stage 2 after
    /// the stage 1 response. Met in time or late by the request; a late request is still the landlord's to decide.
    /// </summary>
    public IReadOnlyList<ClockView> ResidentWindows(IReadOnlyList<StageTransition> history, DateTimeOffset asOf)
    {
        var timeline = new Timeline(history);
        if (timeline.First(T.IssueStage1Response) is not { } response)
            return [];
        var closed = timeline.First(T.Close, T.CloseForNoReply, T.Withdraw, T.ReferToOmbudsman, T.ReferToBuildingSafetyRegulator);
        var escalated = timeline.First(T.RequestEscalation)?.OccurredAt;
        var windows = new List<ClockView>();
        if (policy.Escalation.WindowWorkingDays is { } window)
        {
            var escalationWindow = Due("stage1.escalationWindow", response.OccurredAt,
                new DeadlinePolicy { WorkingDays = window, Clause = policy.Escalation.Clause }, 0);
            windows.Add(Finish(escalationWindow, escalated, closed?.OccurredAt, asOf));
        }
        if (policy.AutoCloseNoReplyWorkingDays is { } replyDays)
            windows.Add(Finish(ReplyWindow(response.OccurredAt, replyDays), escalated, closed?.OccurredAt, asOf));
        return windows;
    }

    /// <summary>
    /// The time the resident has to reply to the stage 1 response before the policy closes it (IDS 6.2); Overdue means
    /// it may be closed for no reply. Counted by the rule that allows the closure.
    /// </summary>
    private Pending ReplyWindow(DateTimeOffset respondedAt, int workingDays) =>
        new("stage1.replyWindow", respondedAt, NoReplyRule.LastDay(respondedAt, workingDays, calendar), 0, policy.AutoCloseClause ?? "");

    private Pending Due(string name, DateTimeOffset start, DeadlinePolicy deadline, int extension)
    {
        var day = calendar.ReceiptDay(start, CutOff);
        return new(name, start, calendar.AddWorkingDays(day, deadline.WorkingDays + extension), extension, deadline.Clause,
            UnextendedDueOn: calendar.AddWorkingDays(day, deadline.WorkingDays));
    }

    /// <summary>
    /// A response clock. Counted from acknowledgement where the policy says so; until then it is provisional, counted
    /// from the day acknowledgement is due, so it can only move earlier, never later.
    /// </summary>
    private Pending Respond(string name, DateTimeOffset stageStart, DateTimeOffset? acknowledgedAt, DateOnly acknowledgementDue, DeadlinePolicy respond, int extension)
    {
        if (respond.From != ClockStart.Acknowledgement)
            return Due(name, stageStart, respond, extension);
        if (acknowledgedAt is { } at)
            return Due(name, at, respond, extension);
        return new Pending(name, stageStart, calendar.AddWorkingDays(acknowledgementDue, respond.WorkingDays + extension), extension, respond.Clause,
            Provisional: true, UnextendedDueOn: calendar.AddWorkingDays(acknowledgementDue, respond.WorkingDays));
    }

    private ClockView Finish(Pending clock, DateTimeOffset? metAt, DateTimeOffset? endedAt, DateTimeOffset asOf)
    {
        var dueBy = calendar.EndOfDay(clock.DueOn);
        var stoppedAt = metAt ?? endedAt;
        var status = (metAt, endedAt) switch
        {
            ({ } met, _) => met < dueBy ? ClockStatus.MetOnTime : ClockStatus.MetLate,
            (null, { }) => ClockStatus.Stopped,
            _ when asOf >= dueBy => ClockStatus.Overdue,
            _ => asOf >= DueSoonFrom(clock.DueOn) ? ClockStatus.DueSoon : ClockStatus.OnTrack,
        };
        // Once met or stopped, the date it was measured against is no longer a forecast.
        var provisional = clock.Provisional && stoppedAt is null;
        var dueByBeforeExtension = clock.Extension > 0 && clock.UnextendedDueOn is { } unextended ? calendar.EndOfDay(unextended) : (DateTimeOffset?)null;
        return new ClockView(clock.Name, clock.StartedAt, clock.DueOn, dueBy, stoppedAt, status, clock.Extension, clock.Clause, provisional, dueByBeforeExtension);
    }

    /// <summary>
    /// The instant a clock due on <paramref name="dueOn"/> becomes due soon: the start (in London) of the first day from
    /// which the policy's number of working days or fewer remain (days d with from &lt; d &lt;= due on, as
    /// <see cref="WorkingDayCalendar.WorkingDaysBetween"/> counts them). Fixed by the due day alone, so it can be stored.
    /// </summary>
    public DateTimeOffset DueSoonFrom(DateOnly dueOn)
    {
        // Walk back from the due day while the days passed over still leave no more than the policy's number.
        var day = dueOn;
        for (var remaining = 0; ; day = day.AddDays(-1))
        {
            var added = calendar.IsWorkingDay(day) ? 1 : 0;
            if (remaining + added > policy.DueSoonWorkingDays)
                break;
            remaining += added;
        }
        return LondonTime.StartOfDayUtc(day);
    }

    private sealed record Pending(string Name, DateTimeOffset StartedAt, DateOnly DueOn, int Extension, string Clause, bool Provisional = false,
        DateOnly? UnextendedDueOn = null);

    /// <summary>The transitions in order, with the look-ups the clocks need.</summary>
    private sealed class Timeline(IReadOnlyList<StageTransition> history)
    {
        public StageTransition? First(params ComplaintTrigger[] triggers) =>
            history.FirstOrDefault(t => triggers.Any(trigger => t.Trigger == trigger.ToString()));

        public int ExtensionDays(DateTimeOffset from, DateTimeOffset? until) =>
            history.Where(t => t.Trigger == nameof(T.ExtendDeadline) && t.OccurredAt >= from && (until is null || t.OccurredAt <= until))
                .Sum(t => t.ExtensionWorkingDays ?? 0);
    }
}
