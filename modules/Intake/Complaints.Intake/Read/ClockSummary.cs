using Complaints.Lifecycle.Contracts;

namespace Complaints.Intake.Read;

/// <summary>A complaint's running clocks in brief: the worst status among them, and the one due soonest.</summary>
internal static class ClockSummary
{
    private static readonly ClockStatus[] Running = [ClockStatus.OnTrack, ClockStatus.DueSoon, ClockStatus.Overdue];

    public static IReadOnlyList<ClockStatus> RunningStatuses => Running;

    /// <summary>Overdue before due soon before on track; null when no clock is running.</summary>
    public static ClockStatus? WorstStatus(LifecycleView lifecycle) =>
        lifecycle.Clocks.Where(IsRunning).Select(c => c.Status).OrderByDescending(Severity).Cast<ClockStatus?>().FirstOrDefault();

    public static ClockView? NextDue(LifecycleView lifecycle) =>
        lifecycle.Clocks.Where(IsRunning).OrderBy(c => c.DueBy).FirstOrDefault();

    private static bool IsRunning(ClockView clock) => Running.Contains(clock.Status);

    private static int Severity(ClockStatus status) => Array.IndexOf(Running, status);
}
