namespace Complaints.Lifecycle.Tests.Conformance;

/// <summary>THA Complaints Policy V2 (profile tha), across Christmas 2026 and Easter 2027. Dates worked by hand.</summary>
public sealed class ThaClockTests
{
    private const string Profile = "tha";
    private const string Escalated = "Acknowledge@2027-02-02 09:00;IssueStage1Response@2027-02-10 09:00;RequestEscalation@2027-03-25 10:00";

    [Theory]
    [InlineData("THA 5.4: Get It Sorted 'within 5 working days', inside stage 1 — Christmas skipped", "2026-12-18 10:00", "StartEarlyResolution@2026-12-18 10:30", "stage1.earlyResolution", "2026-12-29")]
    [InlineData("THA 5.4 inside stage 1: the acknowledgement clock runs alongside Get It Sorted", "2026-12-18 10:00", "StartEarlyResolution@2026-12-18 10:30", "stage1.acknowledge", "2026-12-29")]
    [InlineData("THA 5.5: 'logged and acknowledged within 5 working days'", "2026-12-18 10:00", "", "stage1.acknowledge", "2026-12-29")]
    [InlineData("THA 5.5: 'set out in writing within 10 working days' of acknowledgement", "2026-12-18 10:00", "Acknowledge@2026-12-22 09:00", "stage1.respond", "2027-01-08")]
    [InlineData("THA 5.6: review request 'logged and acknowledged within 5 working days' — Easter 2027 skipped", "2027-02-01 10:00", Escalated, "stage2.acknowledge", "2027-04-05")]
    [InlineData("THA 5.6: 'The outcome from this review will be set out in writing within 15 working days.'", "2027-02-01 10:00", Escalated + ";AcknowledgeEscalation@2027-03-31 09:00", "stage2.respond", "2027-04-21")]
    public void DueDate_IsWhatThePolicyGives(string clause, string received, string steps, string clock, string dueOn)
    {
        Assert.NotEmpty(clause);
        ClockCase.AssertDue(Profile, received, steps, clock, dueOn);
    }

    [Theory]
    [InlineData("THA 5.5: 'can extend this by a further 10 working days'", 1, 0, 10, false, true)]
    [InlineData("THA 5.5: '- or longer only with the resident's agreement'", 1, 10, 1, false, false)]
    [InlineData("THA 5.5: longer, agreed", 1, 10, 15, true, true)]
    [InlineData("THA 5.6: 'can extend this by a further 10 working days'", 2, 0, 10, false, true)]
    [InlineData("THA 5.6: '- or longer only with the tenant's agreement'", 2, 0, 11, false, false)]
    public void Extension_IsCappedAsThePolicySays(string clause, int stage, int alreadyUsed, int days, bool agreed, bool allowed)
    {
        Assert.NotEmpty(clause);
        ExtensionCase.AssertAllowed(Profile, stage, alreadyUsed, days, agreed, allowed);
    }

    [Fact]
    public void EscalationWindow_ThaSetsNone()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ClockCase.Run(Profile, "2026-11-30 10:00",
            "Acknowledge@2026-12-01 09:00;IssueStage1Response@2026-12-18 10:00", "stage1.escalationWindow", "2026-12-21 09:00"));

        Assert.Contains("No clock stage1.escalationWindow", error.Message);
    }
}
