using Complaints.Hazards.Clocks;
using Complaints.Hazards.Contracts;
using Complaints.Hazards.Domain;
using static Complaints.Hazards.Tests.HazardClocks;

namespace Complaints.Hazards.Tests;

/// <summary>
/// Significant hazards (phase 1: damp and mould), in working days on the complaint clocks' calendar: day 0 is the day
/// it counts from, due at the end of the Nth working day after. Bank holidays: 2026 — 25 and 28 December;
/// 2027 — 1 January. London is on GMT until Sunday 28 March 2027.
/// </summary>
public sealed class SignificantClockTests
{
    // Thursday 24 December 2026, 10:00. Working days after it: Fri 25 (bank holiday), Sat 26, Sun 27, Mon 28 (bank
    // holiday) skipped; Tue 29 = 1, Wed 30 = 2, Thu 31 = 3, Fri 1 Jan 2027 (bank holiday), Mon 4 = 4, Tue 5 = 5,
    // Wed 6 = 6, Thu 7 = 7, Fri 8 = 8, Mon 11 = 9, Tue 12 January 2027 = 10.
    private static readonly DateTimeOffset ChristmasEve = Utc(2026, 12, 24, 10, 0);

    [Fact]
    public void Investigate_DampAndMouldOnChristmasEve_IsDueAtTheEndOfTheTenthWorkingDayAfter()
    {
        var clocks = Calculator().Calculate(DampAndMould(ChristmasEve), ChristmasEve);

        var investigate = Assert.Single(clocks);
        Assert.Equal(HazardClockCalculator.SignificantInvestigate, investigate.Name);
        Assert.Equal(Utc(2027, 1, 13), investigate.DueAt); // the end of Tuesday 12 January 2027 in London
        Assert.Contains("reg. 6", investigate.Regulation);
    }

    [Fact]
    public void SummaryAndSafetyWork_CountFromTheDayTheInvestigationActuallyEnded()
    {
        // Ended early, Wednesday 6 January 2027 at 15:00. Summary, 3 working days: Thu 7, Fri 8, Mon 11 → end of
        // Mon 11 January. Safety work and further work, 5: Thu 7, Fri 8, Mon 11, Tue 12, Wed 13 → end of Wed 13 January.
        var hazard = DampAndMould(ChristmasEve);
        hazard.Investigation = FoundHazard(Utc(2027, 1, 6, 15, 0));

        var clocks = Calculator().Calculate(hazard, Utc(2027, 1, 6, 16, 0));

        Assert.Equal(HazardClockStatus.MetOnTime, clocks.Clock(HazardClockCalculator.SignificantInvestigate).Status);
        Assert.Equal(Utc(2027, 1, 12), clocks.Clock(HazardClockCalculator.SignificantSummary).DueAt);
        Assert.Contains("reg. 9", clocks.Clock(HazardClockCalculator.SignificantSummary).Regulation);
        Assert.Equal(Utc(2027, 1, 14), clocks.Clock(HazardClockCalculator.SignificantSafetyWork).DueAt);
        Assert.Contains("reg. 11", clocks.Clock(HazardClockCalculator.SignificantSafetyWork).Regulation);
        Assert.Equal(Utc(2027, 1, 14), clocks.Clock(HazardClockCalculator.FurtherWorkBegin).DueAt);
    }

    [Fact]
    public void Summary_AfterALateInvestigation_CountsFromTheLateDayNotTheDueDay()
    {
        // Ended late, Thursday 14 January 2027 (due by the end of the 12th). Summary: Fri 15, Mon 18, Tue 19 → end of Tue 19.
        var hazard = DampAndMould(ChristmasEve);
        hazard.Investigation = FoundHazard(Utc(2027, 1, 14, 11, 0));

        var clocks = Calculator().Calculate(hazard, Utc(2027, 1, 14, 12, 0));

        Assert.Equal(HazardClockStatus.MetLate, clocks.Clock(HazardClockCalculator.SignificantInvestigate).Status);
        Assert.Equal(Utc(2027, 1, 20), clocks.Clock(HazardClockCalculator.SignificantSummary).DueAt);
    }

    [Fact]
    public void Investigation_ThatFoundNoHazard_StartsOnlyTheSummary()
    {
        var hazard = DampAndMould(ChristmasEve);
        hazard.Investigation = FoundHazard(Utc(2027, 1, 6, 15, 0)) with { HazardFound = false };

        var clocks = Calculator().Calculate(hazard, Utc(2027, 1, 7));

        Assert.Equal([HazardClockCalculator.SignificantInvestigate, HazardClockCalculator.SignificantSummary], clocks.Select(c => c.Name));
    }

    [Fact]
    public void Investigate_AwareOnASaturday_CountsMondayAsDayOne()
    {
        // Saturday 9 January 2027, 23:00 (out of hours): Mon 11 = 1 … Fri 22 January = 10 → end of Fri 22 January.
        var clocks = Calculator().Calculate(DampAndMould(Utc(2027, 1, 9, 23, 0)), Utc(2027, 1, 9, 23, 0));

        Assert.Equal(Utc(2027, 1, 23), clocks.Clock(HazardClockCalculator.SignificantInvestigate).DueAt);
    }

    [Theory]
    // dueSoonWorkingDays is 2, counted as the complaint clocks count it: due soon from the start of Fri 8 January,
    // after which two working days remain (Mon 11, Tue 12); overdue from the start of Wed 13 January.
    [InlineData("2027-01-07T23:59:59Z", HazardClockStatus.OnTrack)]
    [InlineData("2027-01-08T00:00:00Z", HazardClockStatus.DueSoon)]
    [InlineData("2027-01-12T23:59:59Z", HazardClockStatus.DueSoon)]
    [InlineData("2027-01-13T00:00:00Z", HazardClockStatus.Overdue)]
    public void Investigate_StatusAsOf_FollowsTheWorkingDays(string asOf, HazardClockStatus expected)
    {
        var clocks = Calculator().Calculate(DampAndMould(ChristmasEve), DateTimeOffset.Parse(asOf));

        Assert.Equal(expected, clocks.Clock(HazardClockCalculator.SignificantInvestigate).Status);
    }
}
