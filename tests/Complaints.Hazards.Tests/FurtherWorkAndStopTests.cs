using Complaints.Hazards.Clocks;
using Complaints.Hazards.Contracts;
using Complaints.Hazards.Domain;
using static Complaints.Hazards.Tests.HazardClocks;

namespace Complaints.Hazards.Tests;

/// <summary>
/// Further work (begun within 5 working days, or steps taken and the work physically started within 12 weeks) and the
/// regulation's reasons the clocks stop.
/// </summary>
public sealed class FurtherWorkAndStopTests
{
    private static readonly DateTimeOffset ChristmasEve = Utc(2026, 12, 24, 10, 0);

    // The investigation ended Wednesday 6 January 2027, 15:00. Twelve weeks (84 days) on is Wednesday 31 March 2027:
    // 25 days to 31 January, 28 in February, 31 in March. London is on BST from Sunday 28 March, so the end of
    // 31 March is 23:00 UTC.
    private static readonly DateTimeOffset InvestigationEnded = Utc(2027, 1, 6, 15, 0);

    private static Hazard Investigated()
    {
        var hazard = DampAndMould(ChristmasEve);
        hazard.Investigation = FoundHazard(InvestigationEnded);
        return hazard;
    }

    [Fact]
    public void FurtherWork_BegunWithinFiveWorkingDays_HasNoTwelveWeekClock()
    {
        var hazard = Investigated();
        hazard.FurtherWork = new FurtherWork(Utc(2027, 1, 13, 9, 0), null, null, null, "Extractor fans fitted", "officer");

        var clocks = Calculator().Calculate(hazard, Utc(2027, 1, 14));

        Assert.Equal(HazardClockStatus.MetOnTime, clocks.Clock(HazardClockCalculator.FurtherWorkBegin).Status);
        Assert.DoesNotContain(clocks, c => c.Name == HazardClockCalculator.FurtherWorkPhysicalStart);
    }

    [Theory]
    [InlineData("2027-03-31T22:59:59Z", HazardClockStatus.MetOnTime)]
    [InlineData("2027-03-31T23:00:00Z", HazardClockStatus.MetLate)]
    public void FurtherWork_WithStepsTakenInTime_MustPhysicallyStartWithinTwelveWeeks(string startedAt, HazardClockStatus expected)
    {
        var hazard = Investigated();
        hazard.FurtherWork = new FurtherWork(null, Utc(2027, 1, 12, 10, 0), "Scaffold licence applied for", DateTimeOffset.Parse(startedAt), "Roof repair", "officer");

        var clocks = Calculator().Calculate(hazard, Utc(2027, 4, 2));

        Assert.Equal(HazardClockStatus.MetOnTime, clocks.Clock(HazardClockCalculator.FurtherWorkBegin).Status);
        var physicalStart = clocks.Clock(HazardClockCalculator.FurtherWorkPhysicalStart);
        Assert.Equal(Utc(2027, 3, 31, 23, 0), physicalStart.DueAt);
        Assert.Equal(expected, physicalStart.Status);
    }

    [Fact]
    public void FurtherWork_NeitherBegunNorStarted_IsOverdueAfterTwelveWeeks()
    {
        var clocks = Calculator().Calculate(Investigated(), Utc(2027, 3, 31, 23, 0));

        Assert.Equal(HazardClockStatus.Overdue, clocks.Clock(HazardClockCalculator.FurtherWorkPhysicalStart).Status);
        Assert.Equal(HazardClockStatus.Overdue, clocks.Clock(HazardClockCalculator.FurtherWorkBegin).Status);
    }

    [Theory]
    [InlineData(nameof(StopReason.HouseholdMoved))]
    [InlineData(nameof(StopReason.NoHazardFound))]
    [InlineData(nameof(StopReason.ConsentNotObtained))]
    public void StopClock_ForEachReason_StopsTheRunningClocksAndKeepsThoseMet(string stopReason)
    {
        var reason = Enum.Parse<StopReason>(stopReason);
        // Stopped Friday 8 January 2027: the investigation was met on the 6th; the rest were still running.
        var hazard = Investigated();
        hazard.Stopped = new ClockStop(reason, "Evidence file 42", Utc(2027, 1, 8, 12, 0), "officer");

        var clocks = Calculator().Calculate(hazard, Utc(2027, 6, 1));

        Assert.Equal(HazardClockStatus.MetOnTime, clocks.Clock(HazardClockCalculator.SignificantInvestigate).Status);
        Assert.All(clocks.Where(c => c.Name != HazardClockCalculator.SignificantInvestigate), c =>
        {
            Assert.Equal(HazardClockStatus.Stopped, c.Status);
            Assert.Equal(Utc(2027, 1, 8, 12, 0), c.EndedAt);
        });
        Assert.False(HazardClockCalculator.AlternativeAccommodationDue(clocks));
    }

    [Fact]
    public void StopClock_AsOfBeforeTheStop_ShowsTheClocksRunning()
    {
        var hazard = Emergency(Utc(2026, 12, 18, 17, 30));
        hazard.Stopped = new ClockStop(StopReason.HouseholdMoved, "Moved to 4 Elm Road", Utc(2026, 12, 19, 16, 0), "officer");

        var clocks = Calculator().Calculate(hazard, Utc(2026, 12, 19, 12, 0));

        Assert.All(clocks, c => Assert.Equal(HazardClockStatus.DueSoon, c.Status));
    }

    [Theory]
    [InlineData("code2024")]
    [InlineData("ivh")]
    [InlineData("vha")]
    [InlineData("ids")]
    [InlineData("livin")]
    [InlineData("tha")]
    public void EveryProfile_GivesEveryTimescaleWithItsRegulation(string profile)
    {
        var policy = HazardClocks.Policy(profile);

        var result = new Policy.HazardsPolicyValidator().Validate(null, policy);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Contains(policy.Kinds, k => k is { Code: "damp-and-mould", SignificantFrom: not null });
        Assert.Contains(policy.Kinds, k => k is { Code: "crowding-and-space", EmergencyFrom: null });
    }
}
