using Complaints.Hazards.Clocks;
using Complaints.Hazards.Contracts;
using Complaints.Hazards.Domain;
using static Complaints.Hazards.Tests.HazardClocks;

namespace Complaints.Hazards.Tests;

/// <summary>
/// Emergency hazards: investigate and make safe within 24 hours of the instant the landlord became aware — plain hours,
/// out of hours, weekends and bank holidays included (the profile's emergency.*.hours).
/// </summary>
public sealed class EmergencyClockTests
{
    // Friday 18 December 2026 is the Friday before Christmas (Christmas Day 2026 is a Friday). 17:30 in London is
    // 17:30 UTC in December. 24 hours later is Saturday 19 December, 17:30 — a weekend, counted all the same.
    private static readonly DateTimeOffset FridayBeforeChristmas1730 = Utc(2026, 12, 18, 17, 30);

    [Fact]
    public void Emergency_ReportedAt1730OnTheFridayBeforeChristmas_IsDueAt1730TheNextDay()
    {
        var clocks = Calculator().Calculate(Emergency(FridayBeforeChristmas1730), FridayBeforeChristmas1730);

        Assert.Equal(Utc(2026, 12, 19, 17, 30), clocks.Clock(HazardClockCalculator.EmergencyInvestigate).DueAt);
        Assert.Equal(Utc(2026, 12, 19, 17, 30), clocks.Clock(HazardClockCalculator.EmergencyMakeSafe).DueAt);
        Assert.All(clocks, c => Assert.Equal(HazardClockStatus.OnTrack, c.Status));
        Assert.All(clocks, c => Assert.Contains("SI 2025/1042", c.Regulation));
    }

    [Fact]
    public void Emergency_ReportedOnChristmasDayAt0300_IsDueAt0300OnBoxingDay()
    {
        // A bank holiday and the middle of the night: hours clocks never skip either.
        var clocks = Calculator().Calculate(Emergency(Utc(2026, 12, 25, 3, 0)), Utc(2026, 12, 25, 3, 0));

        Assert.Equal(Utc(2026, 12, 26, 3, 0), clocks.Clock(HazardClockCalculator.EmergencyMakeSafe).DueAt);
    }

    [Theory]
    // The profile's dueSoonHours is 6: due soon from 11:30 on the Saturday; overdue only after 17:30 itself.
    [InlineData("2026-12-19T11:29:59Z", HazardClockStatus.OnTrack)]
    [InlineData("2026-12-19T11:30:00Z", HazardClockStatus.DueSoon)]
    [InlineData("2026-12-19T17:30:00Z", HazardClockStatus.DueSoon)]
    [InlineData("2026-12-19T17:30:01Z", HazardClockStatus.Overdue)]
    public void Emergency_StatusAsOf_FollowsTheHours(string asOf, HazardClockStatus expected)
    {
        var clocks = Calculator().Calculate(Emergency(FridayBeforeChristmas1730), DateTimeOffset.Parse(asOf));

        Assert.Equal(expected, clocks.Clock(HazardClockCalculator.EmergencyMakeSafe).Status);
    }

    [Theory]
    // "Within 24 hours": made safe at 17:30 on the Saturday is in time; a second later is not.
    [InlineData("2026-12-19T17:30:00Z", HazardClockStatus.MetOnTime)]
    [InlineData("2026-12-19T17:30:01Z", HazardClockStatus.MetLate)]
    public void Emergency_MadeSafe_IsMetOnTimeUpToTheDueInstant(string madeSafeAt, HazardClockStatus expected)
    {
        var hazard = Emergency(FridayBeforeChristmas1730);
        hazard.SafetyWork = new WorkDone(DateTimeOffset.Parse(madeSafeAt), "Isolated the circuit", "officer");

        var clocks = Calculator().Calculate(hazard, Utc(2026, 12, 21));

        Assert.Equal(expected, clocks.Clock(HazardClockCalculator.EmergencyMakeSafe).Status);
        Assert.Equal(HazardClockStatus.Overdue, clocks.Clock(HazardClockCalculator.EmergencyInvestigate).Status);
    }

    [Fact]
    public void Emergency_NotMadeSafeInTime_OwesAlternativeAccommodation()
    {
        var hazard = Emergency(FridayBeforeChristmas1730);

        var before = Calculator().Calculate(hazard, Utc(2026, 12, 19, 17, 0));
        var after = Calculator().Calculate(hazard, Utc(2026, 12, 19, 18, 0));

        Assert.False(HazardClockCalculator.AlternativeAccommodationDue(before));
        Assert.True(HazardClockCalculator.AlternativeAccommodationDue(after));
    }

    [Fact]
    public void Emergency_AStepRecordedAfterAsOf_IsNotYetKnown()
    {
        var hazard = Emergency(FridayBeforeChristmas1730);
        hazard.SafetyWork = new WorkDone(Utc(2026, 12, 19, 9, 0), "Capped the gas supply", "officer");

        var asOfFridayNight = Calculator().Calculate(hazard, Utc(2026, 12, 18, 23, 0));

        Assert.Equal(HazardClockStatus.OnTrack, asOfFridayNight.Clock(HazardClockCalculator.EmergencyMakeSafe).Status);
        Assert.Null(asOfFridayNight.Clock(HazardClockCalculator.EmergencyMakeSafe).EndedAt);
    }
}
