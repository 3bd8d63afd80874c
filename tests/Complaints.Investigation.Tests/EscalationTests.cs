using Complaints.Investigation.Escalation;
using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using static Complaints.Investigation.Tests.InvestigationSteps;

namespace Complaints.Investigation.Tests;

/// <summary>
/// The resident asks for stage 2: never refused for want of reasons, flagged (not refused) when after the policy's
/// window; the landlord acknowledges it, or refuses it only for a reason the policy gives, in writing, with signposting.
/// </summary>
public sealed class EscalationTests(InvestigationHosts hosts) : IClassFixture<InvestigationHosts>
{
    [Theory]
    [MemberData(nameof(IvhWindow))]
    public async Task RequestEscalation_AfterThePolicysWindow_IsRecordedAndFlagged(string provider, string requestedAt, bool within)
    {
        var host = await hosts.HostAsync(provider, "ivh"); // 10 working days from the stage 1 response
        var complaint = await host.RespondedAsync(Instants.Utc("2026-12-18T10:00:00Z"), Instants.Utc("2026-11-30T10:00:00Z"));

        var requested = await host.ExecuteAsync(new RequestEscalationCommand(complaint.ComplaintId, "The repair is still not done", Instants.Utc(requestedAt)));

        Assert.Equal(within, requested.WithinWindow);
        Assert.Contains(within ? "Asked within the window, which ran to 2027-01-06" : "Asked after the window closed on 2027-01-06", requested.Explanation);
        Assert.Equal(ComplaintStage.Stage2Pending, (await host.LifecycleAsync(complaint.ComplaintId)).Stage); // late is the landlord's to decide
    }

    public static IEnumerable<object?[]> IvhWindow => TestDatabase.OnEachProvider(
        ["2027-01-06T16:00:00Z", true], // the last day, over Christmas and New Year
        ["2027-01-07T09:00:00Z", false]);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RequestEscalation_WithoutReasons_IsNeverRefused(string provider)
    {
        var host = await hosts.HostAsync(provider, "ids"); // IDS 6.3 asks the customer to explain why
        var complaint = await host.RespondedAsync(Received.AddDays(7));

        var requested = await host.ExecuteAsync(new RequestEscalationCommand(complaint.ComplaintId, " ", Received.AddDays(8)));
        var lifecycle = await host.LifecycleAsync(complaint.ComplaintId);

        Assert.True(requested.WithinWindow);
        Assert.Equal((ComplaintStage.Stage2Pending, "No reasons given (none are required)."), (lifecycle.Stage, lifecycle.History[^1].Reason));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RequestEscalation_WhenThePolicySetsNoWindow_SaysSo(string provider)
    {
        var host = await hosts.HostAsync(provider, "code2024");
        var complaint = await host.RespondedAsync(Received.AddDays(7));

        var requested = await host.ExecuteAsync(new RequestEscalationCommand(complaint.ComplaintId, null, Received.AddDays(200)));

        Assert.Equal((true, "The policy sets no window for asking for stage 2."), (requested.WithinWindow, requested.Explanation));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RequestEscalation_BeforeTheStage1Response_IsRefusedNamingTheStage(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.AcknowledgedAsync(Received);

        var error = await Assert.ThrowsAsync<TransitionRefusedException>(() =>
            host.ExecuteAsync(new RequestEscalationCommand(complaint.ComplaintId, null, Received.AddDays(3))));

        Assert.Equal(("Stage1Investigating", "RequestEscalation"), (error.CurrentState, error.Trigger));
        Assert.Contains("IssueStage1Response", error.PermittedTriggers);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AcknowledgeEscalation_StartsTheStage2ResponseClock(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.RespondedAsync(Instants.Utc("2026-11-20T10:00:00Z"));
        await host.ExecuteAsync(new RequestEscalationCommand(complaint.ComplaintId, null, Instants.Utc("2026-11-20T15:00:00Z")));

        await host.ExecuteAsync(new AcknowledgeEscalationCommand(complaint.ComplaintId, Instants.Utc("2026-11-20T16:00:00Z")));
        var lifecycle = await host.LifecycleAsync(complaint.ComplaintId);

        Assert.Equal(ComplaintStage.Stage2Investigating, lifecycle.Stage);
        Assert.Equal(ClockStatus.MetOnTime, lifecycle.Clocks.Single(c => c.Name == "stage2.acknowledge").Status);
        Assert.Equal(Instants.Day("2026-12-18"), lifecycle.Clocks.Single(c => c.Name == "stage2.respond").DueOn); // 20 working days
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RefuseEscalation_WithoutReasonsOrSignposting_NamesEachField(string provider)
    {
        var host = await hosts.HostAsync(provider, "tha");
        var complaint = await host.EscalatedAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            host.ExecuteAsync(new RefuseEscalationCommand(complaint.ComplaintId, "TooBusy", " ", OmbudsmanSignposted: false, Received.AddDays(9))));

        Assert.Equal(["reason_code", "reasons", "ombudsman_signposted"], error.Violations.Select(v => v.Field));
        Assert.Contains("DesiredOutcomeUnrealistic", error.Violations[0].Description); // THA's own reasons
        Assert.Equal(ComplaintStage.Stage2Pending, (await host.LifecycleAsync(complaint.ComplaintId)).Stage);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RefuseEscalation_ForAReasonThePolicyGives_RecordsItAndMeetsTheAcknowledgementClock(string provider)
    {
        var host = await hosts.HostAsync(provider, "tha");
        var complaint = await host.EscalatedAsync();

        await host.ExecuteAsync(new RefuseEscalationCommand(complaint.ComplaintId, " AbusiveCorrespondence ", " The request was abusive to staff. ", true, Received.AddDays(9)));
        var lifecycle = await host.LifecycleAsync(complaint.ComplaintId);

        Assert.Equal((ComplaintStage.EscalationRefused, "AbusiveCorrespondence: The request was abusive to staff."), (lifecycle.Stage, lifecycle.History[^1].Reason));
        Assert.Equal(ClockStatus.MetOnTime, lifecycle.Clocks.Single(c => c.Name == "stage2.acknowledge").Status);
    }
}
