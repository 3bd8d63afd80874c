using Complaints.Lifecycle.Contracts;

namespace Complaints.Lifecycle.Tests.Conformance;

/// <summary>
/// One row of a profile's conformance table, written as the policy would be read aloud: received at a London time,
/// then steps like "Acknowledge@2026-12-22 09:00" or "ExtendDeadline+10@2027-01-05 09:00" separated by ';'.
/// </summary>
public static class ClockCase
{
    public static ClockView Run(string profile, string received, string steps, string clock, string asOf)
    {
        var scenario = ClockScenario.Received(profile, received);
        foreach (var step in steps.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (what, when) = (step[..step.IndexOf('@')], step[(step.IndexOf('@') + 1)..]);
            var plus = what.IndexOf('+');
            var trigger = Enum.Parse<ComplaintTrigger>(plus < 0 ? what : what[..plus]);
            scenario.Then(trigger, when, plus < 0 ? null : int.Parse(what[(plus + 1)..]));
        }
        return scenario.Clock(clock, asOf);
    }

    public static void AssertDue(string profile, string received, string steps, string clock, string expectedDueOn)
    {
        // Due dates are read once every step has happened.
        var times = steps.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(s => s[(s.IndexOf('@') + 1)..].Trim()).Append(received);
        var view = Run(profile, received, steps, clock, asOf: times.MaxBy(ClockScenario.At)!);
        Assert.Equal(DateOnly.Parse(expectedDueOn), view.DueOn);
        Assert.False(string.IsNullOrWhiteSpace(view.Clause), $"{profile} {clock} has no clause");
    }
}
