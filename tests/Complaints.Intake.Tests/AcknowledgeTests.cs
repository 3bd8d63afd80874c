using Complaints.Intake.Decide;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Lifecycle.Contracts;
using static Complaints.Intake.Tests.IntakeSteps;

namespace Complaints.Intake.Tests;

/// <summary>
/// Acknowledging accepts a received complaint into stage 1 and records its definition and officer; an acceptance the
/// rules would not make needs the officer's reason, and only where the policy leaves room for one. A refusal moves nothing.
/// </summary>
public sealed class AcknowledgeTests(IntakeHosts hosts) : IClassFixture<IntakeHosts>
{
    private static readonly Actor Officer4 = new("officer-4", new HashSet<string> { "complaint-handler" });

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Acknowledge_WhenReceived_AcceptsIntoStage1AndStampsTheDefinitionAndOfficer(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var logged = await host.LogAsync(Complaint("Boiler over Easter", Instants.Utc("2026-04-02T09:00:00Z"))); // Thursday before Good Friday

        await host.ExecuteAsync(new AcknowledgeComplaintCommand(logged.Id, " Boiler repair missed twice ", " Sam Patel ", " Repair and an apology ",
            Instants.Utc("2026-04-08T08:00:00Z"), ExpectedVersion: 0), Officer4);
        var complaint = await host.ComplaintAsync(logged.Id);
        var lifecycle = await host.LifecycleAsync(logged.Id);

        Assert.Equal(("Boiler repair missed twice", "Sam Patel", "Repair and an apology"), (complaint.Definition, complaint.NamedOfficer, complaint.ResolutionSought));
        Assert.Equal(1, complaint.Version);
        Assert.Null(complaint.AcceptanceOverride);
        Assert.Equal(ComplaintStage.Stage1Investigating, lifecycle.Stage);
        Assert.Equal(["Log", "Accept", "Acknowledge"], lifecycle.History.Select(t => t.Trigger));
        Assert.Equal(("officer-4", Instants.Utc("2026-04-08T08:00:00Z")), (lifecycle.History[^1].Actor, lifecycle.History[^1].OccurredAt));
        var acknowledge = lifecycle.Clocks.Single(c => c.Name == "stage1.acknowledge");
        Assert.Equal((Instants.Day("2026-04-13"), ClockStatus.MetOnTime), (acknowledge.DueOn, acknowledge.Status)); // 5 working days past Easter
        Assert.Equal(Instants.Day("2026-04-22"), lifecycle.Clocks.Single(c => c.Name == "stage1.respond").DueOn); // 10 from acknowledgement
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Acknowledge_WithoutDefinitionOrOfficer_NamesBothAndMovesNothing(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var logged = await host.LogAsync(Complaint("Acknowledged blank"));

        var error = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(Acknowledgement(logged.Id) with { Definition = " ", NamedOfficer = "" }));

        Assert.Equal(["complaint_definition", "named_officer"], error.Violations.Select(v => v.Field));
        Assert.Equal(["Log"], await host.TriggersAsync(logged.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Acknowledge_WhenOutOfTimeWithoutAReason_IsRefusedAndLeavesItReceived(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var logged = await host.LogAsync(Complaint("Damp since last spring") with { IssueOccurredAt = Instants.Utc("2025-06-01T10:00:00Z") });

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(Acknowledgement(logged.Id)));

        Assert.Contains("more than 12 months", error.Message);
        Assert.Contains("acceptance_override_reason", error.Message);
        Assert.Equal(["Log"], await host.TriggersAsync(logged.Id));
        Assert.Null((await host.ComplaintAsync(logged.Id)).Definition);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Acknowledge_WhenOutOfTimeWithAReason_RecordsWhoAcceptedItAndWhy(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var logged = await host.LogAsync(Complaint("Damp since last spring, resident in hospital") with { IssueOccurredAt = Instants.Utc("2025-06-01T10:00:00Z") });
        var at = Instants.Utc("2026-11-03T09:30:00Z");

        await host.ExecuteAsync(Acknowledgement(logged.Id, at, overrideReason: " The resident was in hospital for most of the year "), Officer4);
        var complaint = await host.ComplaintAsync(logged.Id);

        Assert.Equal(ComplaintStage.Stage1Investigating, (await host.LifecycleAsync(logged.Id)).Stage);
        Assert.Equal(new Domain.AcceptanceOverride("The resident was in hospital for most of the year", "officer-4", at), complaint.AcceptanceOverride);
        Assert.False(complaint.Acceptance.Acceptable); // the rules' view stays on record beside the decision
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Acknowledge_WhenThePolicyGivesNoDiscretion_IsRefusedEvenWithAReason(string provider)
    {
        var host = await hosts.HostAsync(provider, "ids"); // IDS 4.2: 'will not consider' what happened over six months ago
        var logged = await host.LogAsync(Complaint("Fence down since April") with { IssueOccurredAt = Instants.Utc("2026-04-01T10:00:00Z") });

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(Acknowledgement(logged.Id, overrideReason: "The officer thinks it fair")));

        Assert.Contains("leaves no discretion", error.Message);
        Assert.Equal(["Log"], await host.TriggersAsync(logged.Id));
        Assert.Null((await host.ComplaintAsync(logged.Id)).AcceptanceOverride);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Acknowledge_WithAStaleExpectedVersion_IsAConcurrencyConflictAndChangesNothing(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var logged = await host.LogAsync(Complaint("Two officers at once"));
        await host.ExecuteAsync(Acknowledgement(logged.Id, expectedVersion: 0));

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            host.ExecuteAsync(Acknowledgement(logged.Id, expectedVersion: 0) with { NamedOfficer = "Kim Lo" }));

        Assert.Equal(logged.Reference, error.Id);
        Assert.Equal(("Sam Patel", 1), ((await host.ComplaintAsync(logged.Id)).NamedOfficer, (await host.ComplaintAsync(logged.Id)).Version));
        Assert.Single(await host.TriggersAsync(logged.Id), "Acknowledge");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Acknowledge_AfterADecline_IsRefusedNamingTheStageAndTheAllowedMoves(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var logged = await host.LogAsync(Complaint("Before the county court"));
        await host.ExecuteAsync(new DeclineComplaintCommand(logged.Id, "LegalProceedings", "A claim is before the county court.", true, null, null));

        var error = await Assert.ThrowsAsync<TransitionRefusedException>(() => host.ExecuteAsync(Acknowledgement(logged.Id, at: ModuleHostFixture.Start)));

        Assert.Equal(("NotAccepted", "Acknowledge"), (error.CurrentState, error.Trigger));
        Assert.Equal(["ReferToOmbudsman"], error.PermittedTriggers);
        Assert.Null((await host.ComplaintAsync(logged.Id)).Definition);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Acknowledge_BeforeTheComplaintWasReceived_IsRefused(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var logged = await host.LogAsync(Complaint("Acknowledged before it came"));

        var error = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(Acknowledgement(logged.Id, at: Received.AddHours(-1))));

        Assert.Equal("occurred_at", Assert.Single(error.Violations).Field);
        Assert.Equal(["Log"], await host.TriggersAsync(logged.Id));
    }
}
