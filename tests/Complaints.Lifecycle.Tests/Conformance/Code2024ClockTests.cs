namespace Complaints.Lifecycle.Tests.Conformance;

/// <summary>The Housing Ombudsman Code's own minimums (profile code2024), across Christmas 2026 and Easter 2027.</summary>
public sealed class Code2024ClockTests
{
    private const string Profile = "code2024";

    [Theory]
    [InlineData("Code: stage 1 acknowledge within 5 of receipt — Christmas and Boxing Day substitute skipped", "2026-12-18 10:00", "", "stage1.acknowledge", "2026-12-29")]
    [InlineData("Code: stage 1 acknowledge within 5 of receipt — received on a Saturday, Monday is day 1", "2026-12-19 11:00", "", "stage1.acknowledge", "2026-12-29")]
    [InlineData("Code: stage 1 response within 10 of acknowledgement — New Year's Day skipped", "2026-12-18 10:00", "Acknowledge@2026-12-22 09:00", "stage1.respond", "2027-01-08")]
    [InlineData("Code: stage 1 acknowledge within 5 of receipt — past the old 2030 data: Christmas 2030 and New Year's Day 2031 skipped", "2030-12-23 10:00", "", "stage1.acknowledge", "2031-01-02")]
    [InlineData("Code: stage 1 response within 10 of acknowledgement — Good Friday and Easter Monday 2031 skipped", "2031-04-01 10:00", "Acknowledge@2031-04-03 09:00", "stage1.respond", "2031-04-21")]
    [InlineData("Code: stage 1 response within 10 of acknowledgement — provisional from the acknowledgement due day", "2026-12-18 10:00", "", "stage1.respond", "2027-01-13")]
    [InlineData("Code: stage 1 extension of up to 10 more working days", "2026-12-18 10:00", "Acknowledge@2026-12-22 09:00;ExtendDeadline+10@2027-01-05 09:00", "stage1.respond", "2027-01-22")]
    [InlineData("Code: stage 2 acknowledge within 5 of the escalation request — Good Friday and Easter Monday 2027 skipped", "2027-02-01 10:00", "Acknowledge@2027-02-02 09:00;IssueStage1Response@2027-02-10 09:00;RequestEscalation@2027-03-25 10:00", "stage2.acknowledge", "2027-04-05")]
    [InlineData("Code: stage 2 response within 20 of acknowledgement", "2027-02-01 10:00", "Acknowledge@2027-02-02 09:00;IssueStage1Response@2027-02-10 09:00;RequestEscalation@2027-03-25 10:00;AcknowledgeEscalation@2027-03-31 09:00", "stage2.respond", "2027-04-28")]
    public void DueDate_IsWhatTheCodeGives(string clause, string received, string steps, string clock, string dueOn)
    {
        Assert.NotEmpty(clause);
        ClockCase.AssertDue(Profile, received, steps, clock, dueOn);
    }

    [Theory]
    [InlineData("2026-12-22 12:00", "OnTrack")]
    [InlineData("2026-12-23 12:00", "DueSoon")]
    [InlineData("2026-12-29 23:59", "DueSoon")]
    [InlineData("2026-12-30 00:00", "Overdue")]
    public void Status_AsOfAnInstant_FollowsTheWorkingDaysLeft(string asOf, string status)
    {
        var clock = ClockCase.Run(Profile, "2026-12-18 10:00", "", "stage1.acknowledge", asOf);

        Assert.Equal(status, clock.Status.ToString());
    }

    [Theory]
    [InlineData("Acknowledge@2026-12-29 16:00", "MetOnTime")]
    [InlineData("Acknowledge@2026-12-30 09:00", "MetLate")]
    [InlineData("Withdraw@2026-12-21 09:00", "Stopped")]
    public void Status_WhenTheStepHappens_IsMetOnTimeLateOrStopped(string steps, string status)
    {
        var clock = ClockCase.Run(Profile, "2026-12-18 10:00", steps, "stage1.acknowledge", "2027-01-15 12:00");

        Assert.Equal(status, clock.Status.ToString());
    }
}
