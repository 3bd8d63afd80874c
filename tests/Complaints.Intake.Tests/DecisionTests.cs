using Complaints.Intake.Decide;
using Complaints.Intake.Domain;
using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using static Complaints.Intake.Tests.IntakeSteps;

namespace Complaints.Intake.Tests;

/// <summary>
/// The other first decisions on a received complaint: decline for a reason the policy has, withdraw, answer an MP's
/// letter as correspondence, and the early-resolution step inside stage 1 where the policy has one.
/// </summary>
public sealed class DecisionTests(IntakeHosts hosts) : IClassFixture<IntakeHosts>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Decline_ForAReasonThePolicyDoesNotHave_NamesEveryGapAndListsThePolicysReasons(string provider)
    {
        var host = await hosts.HostAsync(provider, "ids");
        var logged = await host.LogAsync(Complaint("Declined for another landlord's reason"));

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            host.ExecuteAsync(new DeclineComplaintCommand(logged.Id, "OverTwelveMonths", " ", OmbudsmanSignposted: false, null, null)));

        Assert.Equal(["exclusion_reason", "explanation", "ombudsman_signposted"], error.Violations.Select(v => v.Field));
        Assert.Contains("OverSixMonths, AlreadyInSystemOrNotUpheld, OtherProcess", error.Violations[0].Description); // IDS 4.2's, not the Code's
        Assert.Equal(ComplaintStage.Received, (await host.LifecycleAsync(logged.Id)).Stage);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Decline_ForAPolicyReason_RecordsTheReasonAndTheSignposting(string provider)
    {
        var host = await hosts.HostAsync(provider, "ids");
        var logged = await host.LogAsync(Complaint("Anonymous letter about the bins") with { ResidentReference = "", Anonymous = true });

        await host.ExecuteAsync(new DeclineComplaintCommand(logged.Id, "Anonymous", " We cannot look into it without knowing who you are. ", true, null, null));
        var complaint = await host.ComplaintAsync(logged.Id);
        var lifecycle = await host.LifecycleAsync(logged.Id);

        Assert.Equal(("Anonymous", "We cannot look into it without knowing who you are.", true),
            (complaint.ExclusionReason, complaint.OutcomeExplanation, complaint.OmbudsmanSignposted));
        Assert.Equal((ComplaintStage.NotAccepted, "Anonymous"), (lifecycle.Stage, lifecycle.History[^1].Reason));
        Assert.Equal(ClockStatus.Stopped, Assert.Single(lifecycle.Clocks).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Withdraw_Twice_IsRefusedTheSecondTimeNamingTheStage(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var logged = await host.LogAsync(Complaint("Sorted with the contractor"));
        var withdraw = new WithdrawComplaintCommand(logged.Id, "Resolved with the contractor directly", null, null);

        await host.ExecuteAsync(withdraw);
        var again = await Assert.ThrowsAsync<TransitionRefusedException>(() => host.ExecuteAsync(withdraw));

        Assert.Equal(("Withdrawn", "Withdraw"), (again.CurrentState, again.Trigger));
        Assert.Equal(["Log", "Withdraw"], await host.TriggersAsync(logged.Id));
        Assert.Equal("Resolved with the contractor directly", (await host.ComplaintAsync(logged.Id)).OutcomeExplanation);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnswerAsCorrespondence_AnMpsLetterUnderIds_ClosesItWithTheReply(string provider)
    {
        var host = await hosts.HostAsync(provider, "ids");
        var logged = await host.LogAsync(Complaint("The MP asks about the repairs backlog") with { Channel = ComplaintChannel.MpOrCouncillor });

        await host.ExecuteAsync(new AnswerAsCorrespondenceCommand(logged.Id, " Replied with the repairs programme ", null, null));

        Assert.Equal(ComplaintStage.Closed, (await host.LifecycleAsync(logged.Id)).Stage);
        Assert.Equal("Replied with the repairs programme", (await host.ComplaintAsync(logged.Id)).OutcomeExplanation);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnswerAsCorrespondence_AResidentsComplaint_IsRefused(string provider)
    {
        var host = await hosts.HostAsync(provider, "ids");
        var logged = await host.LogAsync(Complaint("A resident's own complaint"));

        var error = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.ExecuteAsync(new AnswerAsCorrespondenceCommand(logged.Id, "Replied by letter", null, null)));

        Assert.Contains($"{logged.Reference} is a complaint under this policy", error.Message);
        Assert.Equal(ComplaintStage.Received, (await host.LifecycleAsync(logged.Id)).Stage);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StartEarlyResolution_UnderTha_RunsInsideStage1AndResolvesToClosed(string provider)
    {
        var host = await hosts.HostAsync(provider, "tha"); // THA's 'Get It Sorted', 5 working days inside stage 1
        var logged = await host.LogAsync(Complaint("Communal light out"));

        await host.ExecuteAsync(new StartEarlyResolutionCommand(logged.Id, " Jo Quick ", Received.AddHours(1), null, null));
        var started = await host.LifecycleAsync(logged.Id);
        await host.ExecuteAsync(new ResolveEarlyCommand(logged.Id, " Light fixed the next morning ", Received.AddDays(1), null));
        var resolved = await host.LifecycleAsync(logged.Id);

        Assert.Equal(ComplaintStage.Stage1EarlyResolution, started.Stage);
        Assert.Equal(["stage1.acknowledge", "stage1.earlyResolution", "stage1.respond"], started.Clocks.Select(c => c.Name)); // stage 1's clocks run on
        Assert.Equal(Instants.Day("2026-11-09"), started.Clocks.Single(c => c.Name == "stage1.earlyResolution").DueOn);
        Assert.Equal((ComplaintStage.Closed, ClockStatus.MetOnTime), (resolved.Stage, resolved.Clocks.Single(c => c.Name == "stage1.earlyResolution").Status));
        var complaint = await host.ComplaintAsync(logged.Id);
        Assert.Equal(("Jo Quick", "Light fixed the next morning"), (complaint.NamedOfficer, complaint.OutcomeExplanation));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StartEarlyResolution_WhenThePolicyHasNoEarlyStep_IsRefusedAndUndoesTheAcceptance(string provider)
    {
        var host = await hosts.HostAsync(provider, "code2024"); // the Code: no stage before or beside stage 1

        var logged = await host.LogAsync(Complaint("Quick fix wanted"));
        var error = await Assert.ThrowsAsync<TransitionRefusedException>(() =>
            host.ExecuteAsync(new StartEarlyResolutionCommand(logged.Id, "Jo Quick", Received.AddHours(1), null, null)));

        Assert.Equal(("Stage1Pending", "StartEarlyResolution"), (error.CurrentState, error.Trigger)); // refused after the accept, inside one transaction
        Assert.Contains("early-resolution step", error.Reason);
        Assert.Equal(["Log"], await host.TriggersAsync(logged.Id)); // so the accept was rolled back with it
        Assert.Null((await host.ComplaintAsync(logged.Id)).NamedOfficer);
    }
}
