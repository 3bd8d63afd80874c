using Complaints.Compensation.Contracts;
using Complaints.Investigation.Actions;
using Complaints.Investigation.Responses;
using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static Complaints.Investigation.Tests.InvestigationSteps;

namespace Complaints.Investigation.Tests;

/// <summary>
/// A response must hold what the Code requires — a decision with reasons on every point raised, any remedy, the
/// actions still to do, how to escalate — or it is refused naming each gap; once issued, its promises are tracked.
/// </summary>
public sealed class IssueResponseTests(InvestigationHosts hosts) : IClassFixture<InvestigationHosts>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssueResponse_WhenIncomplete_NamesEachGapAndMovesNothing(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.AcknowledgedAsync(Received, ["Boiler", "Heating"]);
        var incomplete = new IssueResponseCommand(complaint.ComplaintId, 1, " ",
            [new DecisionInput("Boiler", null, " ")],
            [new RemedyInput(RemedyKind.Compensation, "For the missed visits", null), new RemedyInput(RemedyKind.Apology, "Sorry", null, AwardId: 7)],
            [new ActionInput("Replace the boiler", null)],
            "", Received.AddDays(7));

        var error = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(incomplete));

        Assert.Equal(["complaint_definition", "decisions[0].outcome", "decisions[0].reasons", "decisions", "remedies[0].amount_pence", "remedies[1].award_id",
            "outstanding_actions[0].due_on", "escalation_information"], error.Violations.Select(v => v.Field));
        Assert.Equal("no decision on the point 'Heating'", error.Violations[3].Description);
        Assert.Equal("must tell the resident how to escalate to stage 2", error.Violations[^1].Description);
        Assert.Equal(ComplaintStage.Stage1Investigating, (await host.LifecycleAsync(complaint.ComplaintId)).Stage);
        Assert.Empty(await host.ResponsesAsync(complaint.ComplaintId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssueResponse_AtStage1_RecordsItRespondsAndTracksEachOutstandingAction(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.AcknowledgedAsync(Received, ["Boiler"]);
        var respondedAt = Instants.Utc("2026-11-13T15:00:00Z");
        var response = Response(complaint, 1, respondedAt) with
        {
            Decisions = [new DecisionInput(" boiler ", DecisionOutcome.PartlyUpheld, " One visit was missed. ")], // matched however it is typed
            Remedies = [new RemedyInput(RemedyKind.Compensation, "For the missed visit", 5000)],
            OutstandingActions = [new ActionInput(" Replace the boiler ", Instants.Day("2026-12-01")), new ActionInput("Service the radiators", Instants.Day("2027-01-15"))],
        };

        var id = await host.ExecuteAsync(response);
        var recorded = Assert.Single(await host.ResponsesAsync(complaint.ComplaintId));
        var lifecycle = await host.LifecycleAsync(complaint.ComplaintId);

        Assert.Equal((id, 1, respondedAt, ModuleTestHost.Officer.Id), (recorded.Id, recorded.Stage, recorded.IssuedAt, recorded.IssuedBy));
        Assert.Equal(new PointDecision("boiler", DecisionOutcome.PartlyUpheld, "One visit was missed."), Assert.Single(recorded.Decisions));
        Assert.Equal(new Remedy(RemedyKind.Compensation, "For the missed visit", 5000), Assert.Single(recorded.Remedies));
        Assert.Equal([("Replace the boiler", Instants.Day("2026-12-01"), ActionStatus.Open), ("Service the radiators", Instants.Day("2027-01-15"), ActionStatus.Open)],
            (await host.ActionsAsync(complaint.ComplaintId)).Select(a => (a.Description, a.DueOn, a.Status)));
        Assert.Equal(ComplaintStage.Stage1Responded, lifecycle.Stage);
        Assert.Equal(ClockStatus.MetOnTime, lifecycle.Clocks.Single(c => c.Name == "stage1.respond").Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssueResponse_AtStage2_WithoutOmbudsmanSignposting_AsksForIt(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.EscalatedAsync();
        await host.ExecuteAsync(new Escalation.AcknowledgeEscalationCommand(complaint.ComplaintId, Received.AddDays(9)));

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            host.ExecuteAsync(Response(complaint, 2, Received.AddDays(20)) with { EscalationInformation = " " }));

        var violation = Assert.Single(error.Violations);
        Assert.Equal(("escalation_information", "must tell the resident how to go to the Housing Ombudsman"), (violation.Field, violation.Description));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssueResponse_ForTheWrongStage_IsRefusedNamingTheStageAndWritesNothing(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.AcknowledgedAsync(Received);
        var stage2 = Response(complaint, 2, Received.AddDays(7)) with { OutstandingActions = [new ActionInput("Replace the boiler", Instants.Day("2026-12-01"))] };

        var error = await Assert.ThrowsAsync<TransitionRefusedException>(() => host.ExecuteAsync(stage2));

        Assert.Equal(("Stage1Investigating", "IssueStage2Response"), (error.CurrentState, error.Trigger));
        Assert.Contains("IssueStage1Response", error.PermittedTriggers);
        Assert.Empty(await host.ResponsesAsync(complaint.ComplaintId));
        Assert.Empty(await host.ActionsAsync(complaint.ComplaintId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssueResponse_WithAStaleExpectedVersion_IsAConcurrencyConflict(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.AcknowledgedAsync(Received);
        var read = (await host.LifecycleAsync(complaint.ComplaintId)).Version;
        await host.ExecuteAsync(new Extension.ExtendDeadlineCommand(complaint.ComplaintId, 2, "Waiting for the surveyor", false, true, Received.AddDays(3)));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            host.ExecuteAsync(Response(complaint, 1, Received.AddDays(7)) with { ExpectedVersion = read }));

        Assert.Empty(await host.ResponsesAsync(complaint.ComplaintId));
        Assert.Equal(ComplaintStage.Stage1Investigating, (await host.LifecycleAsync(complaint.ComplaintId)).Stage);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssueResponse_NamingAnAwardThatIsUnknownNotApprovedOrAnothers_IsRefused(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.AcknowledgedAsync(Received);
        var other = await host.AcknowledgedAsync(Received);
        var proposed = await ProposeAsync(host, complaint.ComplaintId);
        var anothers = await ProposeAsync(host, other.ComplaintId);
        var response = Response(complaint, 1, Received.AddDays(7)) with
        {
            Remedies =
            [
                new RemedyInput(RemedyKind.Compensation, "Unknown award", null, AwardId: 999_999),
                new RemedyInput(RemedyKind.Compensation, "Not yet approved", null, AwardId: proposed.Id),
                new RemedyInput(RemedyKind.Compensation, "Another complaint's", null, AwardId: anothers.Id),
            ],
        };

        var error = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(response));

        Assert.Equal([("remedies[0].award_id", "there is no award 999999"),
                ("remedies[1].award_id", $"{proposed.Reference} is Proposed; only an approved award can be offered in a response"),
                ("remedies[2].award_id", $"{anothers.Reference} is not an award for this complaint")],
            error.Violations.Select(v => (v.Field, v.Description)));
        Assert.Empty(await host.ResponsesAsync(complaint.ComplaintId));
    }

    /// <summary>An award proposed through Compensation's contract (approving one is Compensation's own message).</summary>
    private static Task<AwardSummary> ProposeAsync(ModuleTestHost host, Guid complaintId) =>
        host.InTransactionAsync(services => services.GetRequiredService<ICompensationAwards>().ProposeForOrderAsync(
            new OrderAward($"HOS-{Guid.NewGuid():N}", complaintId, "Pay £50", 5000, Instants.Day("2026-11-10")), CancellationToken.None));
}
