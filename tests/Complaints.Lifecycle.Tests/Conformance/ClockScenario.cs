using Complaints.Kernel.Calendar;
using Complaints.Lifecycle.Clocks;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Domain;

namespace Complaints.Lifecycle.Tests.Conformance;

/// <summary>
/// A complaint's recorded history, built step by step in London local times, and the clocks the product works out
/// for it under a shipped profile.
/// </summary>
public sealed class ClockScenario
{
    private static readonly WorkingDayCalendar Calendar = new(BankHolidayCalendar.LoadDefault());
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private readonly List<StageTransition> _history = [];
    private readonly string _profile;
    private readonly DateTimeOffset _receivedAt;

    private ClockScenario(string profile, DateTimeOffset receivedAt)
    {
        _profile = profile;
        _receivedAt = receivedAt;
        Add("Log", ComplaintStage.Received, receivedAt);
        Add(nameof(ComplaintTrigger.Accept), ComplaintStage.Stage1Pending, receivedAt);
    }

    /// <summary>A complaint received at a London local time (e.g. "2026-12-18 10:00") and accepted into stage 1.</summary>
    public static ClockScenario Received(string profile, string londonTime) => new(profile, At(londonTime));

    public ClockScenario Then(ComplaintTrigger trigger, string londonTime, int? extensionDays = null)
    {
        Add(trigger.ToString(), ComplaintStage.Stage1Pending, At(londonTime), extensionDays);
        return this;
    }

    /// <summary>The named clock (or resident's window) as of a London local time.</summary>
    public ClockView Clock(string name, string asOfLondonTime)
    {
        var policy = ShippedProfile.Lifecycle(_profile);
        var lifecycleCase = new LifecycleCase { ReceivedAt = _receivedAt, Stage = ComplaintStage.Stage1Pending };
        var asOf = At(asOfLondonTime);
        var history = _history.Where(t => t.OccurredAt <= asOf).ToList();
        var calculator = new ClockCalculator(policy, Calendar);
        var clocks = calculator.Calculate(lifecycleCase, history, asOf).Concat(calculator.ResidentWindows(history, asOf)).ToList();
        return clocks.SingleOrDefault(c => c.Name == name)
            ?? throw new InvalidOperationException($"No clock {name}; there are: {string.Join(", ", clocks.Select(c => c.Name))}.");
    }

    public static DateTimeOffset At(string londonTime)
    {
        var local = DateTime.Parse(londonTime, System.Globalization.CultureInfo.InvariantCulture);
        return new DateTimeOffset(local, London.GetUtcOffset(local));
    }

    private void Add(string trigger, ComplaintStage to, DateTimeOffset at, int? extensionDays = null) =>
        _history.Add(new StageTransition
        {
            Id = _history.Count + 1,
            ComplaintId = Guid.Empty,
            ToStage = to,
            Trigger = trigger,
            Actor = "test",
            OccurredAt = at,
            RecordedAt = at,
            ExtensionWorkingDays = extensionDays,
        });
}
