namespace Complaints.Lifecycle.Tests.Conformance;

/// <summary>Livin complaints policy (profile livin), across Christmas 2026 and Easter 2027. Dates worked by hand.</summary>
public sealed class LivinClockTests
{
    private const string Profile = "livin";
    private const string Escalated = "Acknowledge@2027-02-02 09:00;IssueStage1Response@2027-02-10 09:00;RequestEscalation@2027-03-25 10:00";

    [Theory]
    [InlineData("Livin 8.9: 'within five working days of the complaint being received' — Christmas skipped", "2026-12-18 10:00", "", "stage1.acknowledge", "2026-12-29")]
    [InlineData("Livin 8.11: 'within 10 working days of the complaint being acknowledged' — New Year's Day skipped", "2026-12-18 10:00", "Acknowledge@2026-12-29 09:00", "stage1.respond", "2027-01-13")]
    [InlineData("Livin 8.11–8.12: extended by 10, then 10 more agreed", "2026-12-18 10:00", "Acknowledge@2026-12-22 09:00;ExtendDeadline+10@2027-01-05 09:00;ExtendDeadline+10@2027-01-15 09:00", "stage1.respond", "2027-02-05")]
    [InlineData("Livin 8.15: stage 2 'within five working days of the request being received' — Easter 2027 skipped", "2027-02-01 10:00", Escalated, "stage2.acknowledge", "2027-04-05")]
    [InlineData("Livin 8.17: 'within 20 working days of the complaint being acknowledged'", "2027-02-01 10:00", Escalated + ";AcknowledgeEscalation@2027-03-31 09:00", "stage2.respond", "2027-04-28")]
    [InlineData("Livin 8.15: 'within 20 working days of the written complaint response being issued'", "2026-11-30 10:00", "Acknowledge@2026-12-01 09:00;IssueStage1Response@2026-12-18 10:00", "stage1.escalationWindow", "2027-01-20")]
    public void DueDate_IsWhatThePolicyGives(string clause, string received, string steps, string clock, string dueOn)
    {
        Assert.NotEmpty(clause);
        ClockCase.AssertDue(Profile, received, steps, clock, dueOn);
    }

    [Theory]
    [InlineData("Livin 8.11: 'we can extend this timescale by 10 working days if required'", 1, 0, 10, false, true)]
    [InlineData("Livin 8.12: a further extension only 'at the agreement of the customer'", 1, 10, 1, false, false)]
    [InlineData("Livin 8.12: agreed, 'no more than 10 working days' more", 1, 10, 10, true, true)]
    [InlineData("Livin 8.12: not 11 more even when agreed", 1, 10, 11, true, false)]
    [InlineData("Livin 8.17: 'we can extend this timescale by 20 working days if required'", 2, 0, 20, false, true)]
    [InlineData("Livin 8.18: agreed, 'no more than 10 working days' more", 2, 20, 10, true, true)]
    [InlineData("Livin 8.18: not 11 more even when agreed", 2, 20, 11, true, false)]
    public void Extension_IsCappedAsThePolicySays(string clause, int stage, int alreadyUsed, int days, bool agreed, bool allowed)
    {
        Assert.NotEmpty(clause);
        ExtensionCase.AssertAllowed(Profile, stage, alreadyUsed, days, agreed, allowed);
    }
}
