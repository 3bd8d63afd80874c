using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Domain;

namespace Complaints.Lifecycle.Clocks;

/// <summary>
/// When a complaint's worst running clock turns due soon and when it turns overdue. A running clock's due day moves
/// only when a transition happens (an acknowledgement, an extension, an escalation), never because time passes, so
/// both instants are fixed by the history: stored on the case at every transition, they let a list ask "overdue now?"
/// with one comparison instead of replaying every complaint's history. Both are null when no clock is running.
/// </summary>
internal sealed record ClockThresholds(DateTimeOffset? DueSoonFrom, DateTimeOffset? OverdueFrom)
{
    public static readonly ClockThresholds None = new(null, null);

    /// <summary>
    /// The thresholds of the case's clocks as <see cref="LifecycleService.FindAsync"/> shows them without an as-of:
    /// every transition recorded, judged at the later of now and the last transition (one may be dated a little ahead of
    /// our clock). A threshold that last transition has already passed is brought forward to <paramref name="computedAt"/>,
    /// so from now on it reads as passed, as the view does, even while our clock is still behind that transition.
    /// </summary>
    public static ClockThresholds Of(ClockCalculator calculator, LifecycleCase lifecycleCase, IReadOnlyList<StageTransition> history, DateTimeOffset computedAt)
    {
        // Which clocks run is fixed by the history; the instant given only decides their statuses, not used here.
        var running = calculator.Calculate(lifecycleCase, history, computedAt).Where(IsRunning).ToList();
        if (running.Count == 0)
            return None;
        var lastChange = history.Max(t => t.OccurredAt);
        var overdueFrom = running.Min(c => c.DueBy);
        var dueSoonFrom = running.Min(c => calculator.DueSoonFrom(c.DueOn));
        return new ClockThresholds(PassedBy(dueSoonFrom, lastChange, computedAt), PassedBy(overdueFrom, lastChange, computedAt));
    }

    /// <summary>The worst status of the running clocks at <paramref name="instant"/>; null when none runs.</summary>
    public ClockStatus? At(DateTimeOffset instant) => (DueSoonFrom, OverdueFrom) switch
    {
        (_, { } overdue) when instant >= overdue => ClockStatus.Overdue,
        ({ } dueSoon, _) when instant >= dueSoon => ClockStatus.DueSoon,
        ({ }, _) => ClockStatus.OnTrack,
        _ => null,
    };

    private static DateTimeOffset PassedBy(DateTimeOffset threshold, DateTimeOffset lastChange, DateTimeOffset computedAt) =>
        lastChange >= threshold && computedAt < threshold ? computedAt : threshold;

    private static bool IsRunning(ClockView clock) => clock.Status is ClockStatus.OnTrack or ClockStatus.DueSoon or ClockStatus.Overdue;
}
