namespace Complaints.Lifecycle.Tests.Conformance;

/// <summary>IVH Customer Complaints Policy (profile ivh), across Christmas 2026 and Easter 2027. Dates worked by hand.</summary>
public sealed class IvhClockTests
{
    private const string Profile = "ivh";
    private const string Escalated = "Acknowledge@2027-02-02 09:00;IssueStage1Response@2027-02-10 09:00;RequestEscalation@2027-03-25 10:00";

    [Theory]
    [InlineData("IVH acknowledgment: 'within 5 days of receiving it' — Christmas and Boxing Day substitute skipped", "2026-12-18 10:00", "", "stage1.acknowledge", "2026-12-29")]
    [InlineData("IVH stage 1: '10 working days from the date of acknowledgement' — New Year's Day skipped", "2026-12-18 10:00", "Acknowledge@2026-12-22 09:00", "stage1.respond", "2027-01-08")]
    [InlineData("IVH stage 1: a revised timescale of 'a further 10 working days', agreed", "2026-12-18 10:00", "Acknowledge@2026-12-22 09:00;ExtendDeadline+10@2027-01-05 09:00", "stage1.respond", "2027-01-22")]
    [InlineData("IVH stage 2: contact 'within 5 working days of the stage 2 complaint being logged' — Good Friday and Easter Monday skipped", "2027-02-01 10:00", Escalated, "stage2.acknowledge", "2027-04-05")]
    [InlineData("IVH stage 2: 'within 20 working days of complaint escalation', not of acknowledgement", "2027-02-01 10:00", Escalated + ";AcknowledgeEscalation@2027-03-31 09:00", "stage2.respond", "2027-04-26")]
    [InlineData("IVH stage 1: notify 'within 10 working days of receiving their stage 1 investigation response' — Christmas skipped", "2026-11-30 10:00", "Acknowledge@2026-12-01 09:00;IssueStage1Response@2026-12-18 10:00", "stage1.escalationWindow", "2027-01-06")]
    public void DueDate_IsWhatThePolicyGives(string clause, string received, string steps, string clock, string dueOn)
    {
        Assert.NotEmpty(clause);
        ClockCase.AssertDue(Profile, received, steps, clock, dueOn);
    }

    [Theory]
    [InlineData("IVH stage 1: extended only 'in agreement with the customer'", 1, 0, 1, false, false)]
    [InlineData("IVH stage 1: 'will not exceed a further 10 working days', agreed", 1, 0, 10, true, true)]
    [InlineData("IVH stage 1: beyond a further 10 working days even when agreed", 1, 4, 7, true, false)]
    [InlineData("IVH stage 2: 'we will agree a revised timescale with the customer' — not without agreement", 2, 0, 1, false, false)]
    [InlineData("IVH stage 2: 'will not exceed the further 10 working days without a good reason', agreed", 2, 0, 10, true, true)]
    [InlineData("IVH stage 2: beyond 10 working days without agreement", 2, 6, 5, false, false)]
    [InlineData("IVH stage 2: 'an extension beyond 10 working days ... agreed by both parties'", 2, 10, 15, true, true)]
    public void Extension_IsCappedAsThePolicySays(string clause, int stage, int alreadyUsed, int days, bool agreed, bool allowed)
    {
        Assert.NotEmpty(clause);
        ExtensionCase.AssertAllowed(Profile, stage, alreadyUsed, days, agreed, allowed);
    }
}
