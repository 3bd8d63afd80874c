using Complaints.Hazards.Contracts;
using Complaints.Hazards.Domain;
using Complaints.Hazards.Policy;
using Complaints.Kernel.Calendar;

namespace Complaints.Hazards.Clocks;

/// <summary>
/// A hazard's Awaab's Law clocks as of an instant, from what has been recorded and the profile. Emergency clocks count
/// plain elapsed hours from the instant the landlord became aware (nights, weekends and bank holidays included); the
/// others count working days on the complaint clocks' calendar (day 0 is the day it counts from, due at the end of
/// the Nth working day after), or calendar weeks. A step recorded after <c>asOf</c> is not yet known.
/// </summary>
internal sealed class HazardClockCalculator(HazardsPolicy policy, WorkingDayCalendar calendar)
{
    public const string EmergencyInvestigate = "emergency.investigate";
    public const string EmergencyMakeSafe = "emergency.makeSafe";
    public const string SignificantInvestigate = "significant.investigate";
    public const string SignificantSummary = "significant.summary";
    public const string SignificantSafetyWork = "significant.safetyWork";
    public const string FurtherWorkBegin = "significant.furtherWorkBegin";
    public const string FurtherWorkPhysicalStart = "significant.furtherWorkPhysicalStart";

    private TimeOnly CutOff => policy.ReceiptCutOff ?? TimeOnly.MaxValue;

    public IReadOnlyList<HazardClockSummary> Calculate(Hazard hazard, DateTimeOffset asOf)
    {
        var known = new Known(asOf);
        var stoppedAt = known.At(hazard.Stopped?.StoppedAt);
        var investigation = known.At(hazard.Investigation?.EndedAt) is null ? null : hazard.Investigation;
        if (hazard.Emergency)
        {
            return
            [
                Finish(Hours(EmergencyInvestigate, hazard.AwareAt, policy.Emergency.Investigate), investigation?.EndedAt, stoppedAt, asOf),
                Finish(Hours(EmergencyMakeSafe, hazard.AwareAt, policy.Emergency.MakeSafe), known.At(hazard.SafetyWork?.CompletedAt), stoppedAt, asOf),
            ];
        }

        var clocks = new List<HazardClockSummary>
        {
            Finish(WorkingDays(SignificantInvestigate, hazard.AwareAt, policy.Significant.Investigate), investigation?.EndedAt, stoppedAt, asOf),
        };
        if (investigation is null)
            return clocks;
        // reg. 9 and 11 count from the day the investigation actually ended, not the day it was due.
        var ended = investigation.EndedAt;
        clocks.Add(Finish(WorkingDays(SignificantSummary, ended, policy.Significant.Summary), known.At(hazard.SummarySentAt), stoppedAt, asOf));
        if (!investigation.HazardFound)
            return clocks;
        clocks.Add(Finish(WorkingDays(SignificantSafetyWork, ended, policy.Significant.SafetyWork), known.At(hazard.SafetyWork?.CompletedAt), stoppedAt, asOf));
        var further = hazard.FurtherWork;
        var begun = known.At(further?.BegunAt);
        var begin = WorkingDays(FurtherWorkBegin, ended, policy.Significant.FurtherWorkBegin);
        clocks.Add(Finish(begin, begun ?? known.At(further?.StepsTakenAt) ?? known.At(further?.PhysicallyStartedAt), stoppedAt, asOf));
        // Only where the work itself could not begin within the first limit does the physical-start limit apply.
        if (begun is null || !begin.OnTime(begun.Value))
            clocks.Add(Finish(Weeks(FurtherWorkPhysicalStart, ended, policy.Significant.FurtherWorkPhysicalStart),
                known.At(further?.PhysicallyStartedAt) ?? begun, stoppedAt, asOf));
        return clocks;
    }

    /// <summary>Whether a make-safe or safety-work clock is overdue and unmet: the home was not made safe in time, so alternative accommodation is owed.</summary>
    public static bool AlternativeAccommodationDue(IEnumerable<HazardClockSummary> clocks) =>
        clocks.Any(c => c.Name is EmergencyMakeSafe or SignificantSafetyWork && c.Status == HazardClockStatus.Overdue);

    private Pending Hours(string name, DateTimeOffset from, HazardDeadline deadline) =>
        new(name, from, from.AddHours(deadline.Hours!.Value), Inclusive: true, from.AddHours(deadline.Hours.Value - policy.DueSoonHours), deadline.Regulation);

    private Pending WorkingDays(string name, DateTimeOffset from, HazardDeadline deadline)
    {
        var dueOn = calendar.DueDate(from, deadline.WorkingDays!.Value, CutOff);
        return new(name, from, calendar.EndOfDay(dueOn), Inclusive: false, DueSoonFrom(dueOn), deadline.Regulation);
    }

    private Pending Weeks(string name, DateTimeOffset from, HazardDeadline deadline)
    {
        var dueOn = calendar.ReceiptDay(from, CutOff).AddDays(7 * deadline.Weeks!.Value);
        return new(name, from, calendar.EndOfDay(dueOn), Inclusive: false, DueSoonFrom(dueOn), deadline.Regulation);
    }

    private static HazardClockSummary Finish(Pending clock, DateTimeOffset? metAt, DateTimeOffset? stoppedAt, DateTimeOffset asOf)
    {
        // A step done after the clocks stopped does not meet them: they had stopped.
        var met = metAt is { } m && (stoppedAt is null || m <= stoppedAt) ? metAt : null;
        var status = (met, stoppedAt) switch
        {
            ({ } at, _) => clock.OnTime(at) ? HazardClockStatus.MetOnTime : HazardClockStatus.MetLate,
            (null, { }) => HazardClockStatus.Stopped,
            _ when !clock.OnTime(asOf) => HazardClockStatus.Overdue,
            _ => asOf >= clock.DueSoonFrom ? HazardClockStatus.DueSoon : HazardClockStatus.OnTrack,
        };
        return new HazardClockSummary(clock.Name, clock.StartedAt, clock.DueAt, status, met ?? stoppedAt, clock.Regulation);
    }

    /// <summary>The start (in London) of the first day from which the profile's number of working days or fewer remain, as the complaint clocks count it.</summary>
    private DateTimeOffset DueSoonFrom(DateOnly dueOn)
    {
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

    /// <summary>
    /// A clock before its outcome: hours clocks are met "within" the hours, so at the due instant itself; day clocks
    /// are due by the end of the day, an instant that already belongs to the next.
    /// </summary>
    private sealed record Pending(string Name, DateTimeOffset StartedAt, DateTimeOffset DueAt, bool Inclusive, DateTimeOffset DueSoonFrom, string Regulation)
    {
        public bool OnTime(DateTimeOffset at) => Inclusive ? at <= DueAt : at < DueAt;
    }

    private readonly record struct Known(DateTimeOffset AsOf)
    {
        public DateTimeOffset? At(DateTimeOffset? instant) => instant <= AsOf ? instant : null;
    }
}
