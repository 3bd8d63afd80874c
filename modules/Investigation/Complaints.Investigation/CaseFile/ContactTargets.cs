using Complaints.Investigation.Policy;
using Complaints.Kernel.Calendar;
using Complaints.Lifecycle.Contracts;

namespace Complaints.Investigation.CaseFile;

/// <summary>A contact target as of an instant: when it runs to, and whether (and how) it was met.</summary>
internal sealed record ContactTargetView(
    string Name, DateTimeOffset StartedAt, DateTimeOffset DueBy, ClockStatus Status, DateTimeOffset? MetAt, string MetBy, string Clause);

/// <summary>
/// Works out the policy's contact targets for one complaint from its lifecycle and its recorded contacts. A target
/// starts when its event happens (receipt, the stage 2 request) and not before; one that has not started is left out.
/// </summary>
internal sealed class ContactTargets(InvestigationPolicy policy, WorkingDayCalendar calendar)
{
    public IReadOnlyList<ContactTargetView> For(LifecycleView lifecycle, IReadOnlyList<Contact> contacts, DateTimeOffset asOf) =>
        policy.ContactTargets.Select(target => View(target, lifecycle, contacts, asOf)).OfType<ContactTargetView>().ToList();

    private ContactTargetView? View(ContactTargetPolicy target, LifecycleView lifecycle, IReadOnlyList<Contact> contacts, DateTimeOffset asOf)
    {
        if (Start(target, lifecycle) is not { } start)
            return null;
        var dueBy = target.Hours is { } hours
            ? start.AddHours(hours)
            : calendar.EndOfDay(calendar.AddWorkingDays(LondonTime.Date(start), target.WorkingDays!.Value));
        var contact = contacts.Where(c => c.OccurredAt >= start && target.MetBy.Contains(c.Kind)).MinBy(c => c.OccurredAt);
        var alternative = target.OrClock is null ? null : lifecycle.Clocks.SingleOrDefault(c => c.Name == target.OrClock);

        if (contact is not null && contact.OccurredAt <= dueBy)
            return new(target.Name, start, dueBy, ClockStatus.MetOnTime, contact.OccurredAt, $"{contact.Kind} #{contact.Id}", target.Clause);
        if (alternative is { Status: ClockStatus.MetOnTime })
            return new(target.Name, start, dueBy, ClockStatus.MetOnTime, alternative.StoppedAt, alternative.Name, target.Clause);
        if (contact is not null)
            return new(target.Name, start, dueBy, ClockStatus.MetLate, contact.OccurredAt, $"{contact.Kind} #{contact.Id}", target.Clause);
        if (alternative is { Status: ClockStatus.MetLate })
            return new(target.Name, start, dueBy, ClockStatus.MetLate, alternative.StoppedAt, alternative.Name, target.Clause);
        if (IsOver(lifecycle.Stage))
            return new(target.Name, start, dueBy, ClockStatus.Stopped, null, "", target.Clause);
        // Past the target with the alternative still open (an acknowledgement not yet due) is not yet a failure.
        var failed = asOf >= dueBy && alternative is null or { Status: ClockStatus.Overdue };
        return new(target.Name, start, dueBy, failed ? ClockStatus.Overdue : ClockStatus.OnTrack, null, "", target.Clause);
    }

    private static DateTimeOffset? Start(ContactTargetPolicy target, LifecycleView lifecycle) => target.From switch
    {
        ContactTargetStart.Receipt => lifecycle.History[0].OccurredAt,
        ContactTargetStart.EscalationRequest => lifecycle.History.LastOrDefault(t => t.Trigger == nameof(ComplaintTrigger.RequestEscalation))?.OccurredAt,
        _ => null,
    };

    /// <summary>The complaint ended (or was never one) before anyone spoke to the resident: the target stops unmet.</summary>
    private static bool IsOver(ComplaintStage stage) =>
        stage is ComplaintStage.Closed or ComplaintStage.Withdrawn or ComplaintStage.NotAccepted or ComplaintStage.ServiceRequest;
}
