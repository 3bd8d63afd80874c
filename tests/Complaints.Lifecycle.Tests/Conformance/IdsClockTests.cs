namespace Complaints.Lifecycle.Tests.Conformance;

/// <summary>IDS complaints policy (profile ids), across Christmas 2026 and Easter 2027. Dates worked by hand.</summary>
public sealed class IdsClockTests
{
    private const string Profile = "ids";
    private const string Escalated = "Acknowledge@2027-02-02 09:00;IssueStage1Response@2027-02-10 09:00;RequestEscalation@2027-03-25 10:00";

    [Theory]
    [InlineData("IDS 6.1: 'logged and acknowledged within 3 working days'", "2026-12-18 10:00", "", "stage1.acknowledge", "2026-12-23")]
    [InlineData("IDS 6.2: 'a full response and outcome within 10 working days' of receipt — Christmas and New Year skipped", "2026-12-18 10:00", "Acknowledge@2026-12-21 09:00", "stage1.respond", "2027-01-06")]
    [InlineData("IDS 6.2: 'a further 10 working days', agreed with the customer", "2026-12-18 10:00", "Acknowledge@2026-12-21 09:00;ExtendDeadline+10@2027-01-04 09:00", "stage1.respond", "2027-01-20")]
    [InlineData("IDS: stage 2 acknowledgement by the Code's 5 working days — Easter 2027 skipped", "2027-02-01 10:00", Escalated, "stage2.acknowledge", "2027-04-05")]
    [InlineData("IDS 6.3: 'We will respond within 10 working days' of the review request", "2027-02-01 10:00", Escalated + ";AcknowledgeEscalation@2027-03-30 09:00", "stage2.respond", "2027-04-12")]
    [InlineData("IDS 6.3: 'they can ask within 21 working days for the complaint to be reviewed'", "2026-11-30 10:00", "Acknowledge@2026-12-01 09:00;IssueStage1Response@2026-12-18 10:00", "stage1.escalationWindow", "2027-01-21")]
    public void DueDate_IsWhatThePolicyGives(string clause, string received, string steps, string clock, string dueOn)
    {
        Assert.NotEmpty(clause);
        ClockCase.AssertDue(Profile, received, steps, clock, dueOn);
    }

    [Theory]
    [InlineData("IDS 6.2: 'agree a suitable time frame with the customer' — never without agreement", 1, 0, 1, false, false)]
    [InlineData("IDS 6.2: 'should not generally exceed a further 10 working days'", 1, 0, 10, true, true)]
    [InlineData("IDS 6.2: not beyond 10 even when agreed", 1, 10, 1, true, false)]
    [InlineData("IDS 6.3: 'or longer if agreed by the customer as outlined in stage 1 above' — a further 10", 2, 0, 10, true, true)]
    [InlineData("IDS 6.3 with stage 1's cap: not 11 even when agreed", 2, 0, 11, true, false)]
    [InlineData("IDS 6.3: but never without agreement", 2, 0, 1, false, false)]
    public void Extension_IsCappedAsThePolicySays(string clause, int stage, int alreadyUsed, int days, bool agreed, bool allowed)
    {
        Assert.NotEmpty(clause);
        ExtensionCase.AssertAllowed(Profile, stage, alreadyUsed, days, agreed, allowed);
    }
}
