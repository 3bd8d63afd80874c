using Complaints.Kernel.Calendar;
using Complaints.Lifecycle.Clocks;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Domain;
using Complaints.Lifecycle.Policy;
using Complaints.Lifecycle.Tests.Conformance;

namespace Complaints.Lifecycle.Tests;

/// <summary>
/// The stored thresholds against the full clock calculation: over random histories the workflow allows, under every
/// shipped profile, the status the thresholds give at an instant is the worst running clock's status the calculator
/// gives for the view without an as-of (every change, judged at the later of that instant and the last change).
/// </summary>
public sealed class ClockThresholdsTests
{
    private static readonly WorkingDayCalendar Calendar = new(BankHolidayCalendar.LoadDefault());
    private static readonly ClockStatus[] Running = [ClockStatus.OnTrack, ClockStatus.DueSoon, ClockStatus.Overdue];

    public static TheoryData<string> Profiles => new(ShippedProfile.Ids);

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Thresholds_OverRandomHistories_GiveTheCalculatorsWorstStatusAtEveryInstant(string profile)
    {
        var policy = ShippedProfile.Lifecycle(profile);
        var calculator = new ClockCalculator(policy, Calendar);
        var random = new Random(profile.GetHashCode(StringComparison.Ordinal) ^ 20261201);
        var compared = 0;
        for (var complaint = 0; complaint < 150; complaint++)
        {
            var (lifecycleCase, history) = Start(random);
            for (var step = 0; step < 8; step++)
            {
                // Written when our clock read anything from a little before the last change (dated ahead, within the
                // skew) to days after it.
                var lastChange = history[^1].OccurredAt;
                var writtenAt = lastChange + (random.Next(4) == 0 ? TimeSpan.FromSeconds(-random.Next(0, 120)) : TimeSpan.FromMinutes(random.Next(0, 60 * 24 * 3)));
                var thresholds = ClockThresholds.Of(calculator, lifecycleCase, history, writtenAt);
                foreach (var instant in Instants(random, writtenAt, thresholds))
                {
                    var judgedAt = instant > lastChange ? instant : lastChange;
                    var expected = Worst(calculator.Calculate(lifecycleCase, history, judgedAt));
                    Assert.True(expected == thresholds.At(instant),
                        $"{profile}: {string.Join(", ", history.Select(t => $"{t.Trigger}@{t.OccurredAt:O}"))} written {writtenAt:O}, at {instant:O}: "
                        + $"calculated {expected}, thresholds {thresholds.At(instant)} ({thresholds})");
                    compared++;
                }
                if (!Move(random, lifecycleCase, history, policy))
                    break;
            }
        }
        Assert.True(compared > 5000, $"only {compared} comparisons");
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void DueSoonFrom_IsTheFirstDayWithThePolicysWorkingDaysOrFewerLeft(string profile)
    {
        var policy = ShippedProfile.Lifecycle(profile);
        var calculator = new ClockCalculator(policy, Calendar);
        for (var dueOn = new DateOnly(2026, 12, 1); dueOn < new DateOnly(2027, 6, 1); dueOn = dueOn.AddDays(1))
        {
            var from = LondonTime.Date(calculator.DueSoonFrom(dueOn));
            Assert.True(Calendar.WorkingDaysBetween(from, dueOn) <= policy.DueSoonWorkingDays, $"{dueOn}: {from} leaves too many");
            Assert.True(Calendar.WorkingDaysBetween(from.AddDays(-1), dueOn) > policy.DueSoonWorkingDays, $"{dueOn}: {from} is not the first");
        }
    }

    [Fact]
    public void Thresholds_WhenTheLastChangeIsDatedAheadOfOurClockPastADeadline_ReadAsPassedAtOnce()
    {
        // code2024: received Monday 1 February 2027, acknowledgement due by the end of Monday 8th.
        var policy = ShippedProfile.Lifecycle("code2024");
        var calculator = new ClockCalculator(policy, Calendar);
        var receivedAt = new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero);
        var dueBy = new DateTimeOffset(2027, 2, 9, 0, 0, 0, TimeSpan.Zero);
        var lifecycleCase = new LifecycleCase { Stage = ComplaintStage.Stage1Pending, ReceivedAt = receivedAt, EnteredStageAt = receivedAt };
        List<StageTransition> history =
        [
            Transition(1, null, ComplaintStage.Received, "Log", receivedAt, null),
            // Accepted, dated by a caller whose clock runs 30 seconds past the deadline while ours is 30 seconds short.
            Transition(2, ComplaintStage.Received, ComplaintStage.Stage1Pending, "Accept", dueBy.AddSeconds(30), null),
        ];
        var writtenAt = dueBy.AddSeconds(-30);

        var thresholds = ClockThresholds.Of(calculator, lifecycleCase, history, writtenAt);

        Assert.Equal(ClockStatus.Overdue, Worst(calculator.Calculate(lifecycleCase, history, history[^1].OccurredAt)));
        Assert.Equal(ClockStatus.Overdue, thresholds.At(writtenAt));
    }

    /// <summary>The instant it was written, the thresholds and a tick either side of each, and random ones over two months.</summary>
    private static IEnumerable<DateTimeOffset> Instants(Random random, DateTimeOffset writtenAt, ClockThresholds thresholds)
    {
        yield return writtenAt;
        foreach (var threshold in new[] { thresholds.DueSoonFrom, thresholds.OverdueFrom }.OfType<DateTimeOffset>().Where(t => t > writtenAt))
        {
            yield return threshold.AddTicks(-1);
            yield return threshold;
            yield return threshold.AddTicks(1);
        }
        for (var i = 0; i < 6; i++)
            yield return writtenAt + TimeSpan.FromMinutes(random.Next(0, 60 * 24 * 60));
    }

    private static (LifecycleCase Case, List<StageTransition> History) Start(Random random)
    {
        // Received at any minute of a winter with Christmas, New Year and a weekend or two in it.
        var receivedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) + TimeSpan.FromMinutes(random.Next(0, 60 * 24 * 90));
        var lifecycleCase = new LifecycleCase
        {
            ComplaintId = Guid.NewGuid(), Stage = ComplaintWorkflow.InitialStage, EnteredStageAt = receivedAt, ReceivedAt = receivedAt,
            BuildingSafety = random.Next(4) == 0, Correspondence = random.Next(6) == 0,
        };
        return (lifecycleCase, [Transition(1, null, lifecycleCase.Stage, "Log", receivedAt, null)]);
    }

    /// <summary>One more transition the workflow allows, some hours to weeks later (sometimes at once); false at the end.</summary>
    private static bool Move(Random random, LifecycleCase lifecycleCase, List<StageTransition> history, LifecyclePolicy policy)
    {
        var permitted = ComplaintWorkflow.Permitted(ComplaintWorkflow.Over(lifecycleCase, policy));
        if (permitted.Count == 0)
            return false;
        var trigger = permitted[random.Next(permitted.Count)];
        var from = lifecycleCase.Stage;
        ComplaintWorkflow.Over(lifecycleCase, policy).Fire(trigger);
        var occurredAt = history[^1].OccurredAt + (random.Next(5) == 0 ? TimeSpan.Zero : TimeSpan.FromMinutes(random.Next(1, 60 * 24 * 21)));
        int? days = trigger == ComplaintTrigger.ExtendDeadline ? random.Next(1, 11) : null;
        history.Add(Transition(history.Count + 1, from, lifecycleCase.Stage, trigger.ToString(), occurredAt, days));
        return true;
    }

    private static StageTransition Transition(long id, ComplaintStage? from, ComplaintStage to, string trigger, DateTimeOffset at, int? days) => new()
    {
        Id = id, ComplaintId = Guid.Empty, FromStage = from, ToStage = to, Trigger = trigger, Actor = "test", OccurredAt = at, RecordedAt = at,
        ExtensionWorkingDays = days,
    };

    private static ClockStatus? Worst(IEnumerable<ClockView> clocks) =>
        clocks.Where(c => Running.Contains(c.Status)).Select(c => (ClockStatus?)c.Status).MaxBy(s => Array.IndexOf(Running, s!.Value));
}
