namespace Complaints.Lifecycle.Tests.Conformance;

/// <summary>VHA complaints statement (profile vha), across Christmas 2026 and Easter 2027. Dates worked by hand.</summary>
public sealed class VhaClockTests
{
    private const string Profile = "vha";
    private const string Escalated = "Acknowledge@2027-02-02 09:00;IssueStage1Response@2027-02-10 09:00;RequestEscalation@2027-03-25 10:00";

    [Theory]
    [InlineData("VHA 2.7: a Quick Fix 'within the day that the customer raises it'", "2026-12-18 10:00", "StartEarlyResolution@2026-12-18 10:30", "stage1.earlyResolution", "2026-12-18")]
    [InlineData("VHA 5.2: 'a written acknowledgement is sent within three working days'", "2026-12-18 10:00", "", "stage1.acknowledge", "2026-12-23")]
    [InlineData("VHA 5.2: received on a Saturday, Monday is day 1", "2026-12-19 11:00", "", "stage1.acknowledge", "2026-12-23")]
    [InlineData("VHA 5.2: 'within ten working days of when the customer made the complaint' — Christmas skipped", "2026-12-18 10:00", "Acknowledge@2026-12-22 09:00", "stage1.respond", "2027-01-06")]
    [InlineData("VHA 5.3: 'within three days of receiving a review request' — Easter 2027 skipped", "2027-02-01 10:00", Escalated, "stage2.acknowledge", "2027-04-01")]
    [InlineData("VHA 5.3: 'within 10 working days', counted from the review request", "2027-02-01 10:00", Escalated + ";AcknowledgeEscalation@2027-03-30 09:00", "stage2.respond", "2027-04-12")]
    [InlineData("VHA 5.3: a review asked for 'within ten working days of when they receive their outcome letter'", "2026-11-30 10:00", "Acknowledge@2026-12-01 09:00;IssueStage1Response@2026-12-18 10:00", "stage1.escalationWindow", "2027-01-06")]
    public void DueDate_IsWhatThePolicyGives(string clause, string received, string steps, string clock, string dueOn)
    {
        Assert.NotEmpty(clause);
        ClockCase.AssertDue(Profile, received, steps, clock, dueOn);
    }

    [Theory]
    [InlineData("VHA 5.3 with the Code's stage 1 cap: 10 working days without agreement", 1, 0, 10, false, true)]
    [InlineData("VHA 5.3 with the Code's stage 1 cap: not 11", 1, 3, 8, false, false)]
    [InlineData("VHA 5.3 with the Code's stage 2 cap: 20 working days without agreement", 2, 0, 20, false, true)]
    [InlineData("VHA 5.3 with the Code's stage 2 cap: not 21", 2, 0, 21, false, false)]
    public void Extension_IsCappedAsThePolicySays(string clause, int stage, int alreadyUsed, int days, bool agreed, bool allowed)
    {
        Assert.NotEmpty(clause);
        ExtensionCase.AssertAllowed(Profile, stage, alreadyUsed, days, agreed, allowed);
    }
}
