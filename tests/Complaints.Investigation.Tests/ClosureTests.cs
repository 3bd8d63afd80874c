using Complaints.Investigation.Actions;
using Complaints.Investigation.Closure;
using Complaints.Investigation.Responses;
using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using static Complaints.Investigation.Tests.InvestigationSteps;

namespace Complaints.Investigation.Tests;

/// <summary>
/// Promised actions are tracked to done, with updates to the resident, and hold the complaint open until each is done
/// or recorded as transferred; closing for no reply needs a policy that does it and its window run.
/// </summary>
public sealed class ClosureTests(InvestigationHosts hosts) : IClassFixture<InvestigationHosts>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CloseComplaint_WithAPromisedActionOpen_IsRefusedUntilItIsDoneOrTransferred(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.AcknowledgedAsync(Received);
        await host.ExecuteAsync(Response(complaint, 1, Received.AddDays(7)) with
        {
            OutstandingActions = [new ActionInput("Replace the boiler", Instants.Day("2026-12-01")), new ActionInput("Refund the callout charge", Instants.Day("2026-11-30"))],
        });
        var actions = await host.ActionsAsync(complaint.ComplaintId);
        var close = new CloseComplaintCommand(complaint.ComplaintId, CloseReason.Resolved, "Resident satisfied", Received.AddDays(30));

        await host.ExecuteAsync(new CompleteActionCommand(actions[1].Id, "Refunded £45", null, Received.AddDays(10)));
        var whileOpen = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(close));
        await host.ExecuteAsync(new CompleteActionCommand(actions[0].Id, "Passed to the planned works programme", " Planned works 2027 ", Received.AddDays(20)));
        await host.ExecuteAsync(close);

        Assert.Equal("Promised actions are still open: Replace the boiler. Complete them, or record them as transferred, before closing.", whileOpen.Message);
        Assert.Equal([(ActionStatus.Transferred, "Planned works 2027"), (ActionStatus.Completed, null)],
            (await host.ActionsAsync(complaint.ComplaintId)).Select(a => (a.Status, a.TransferredTo)));
        Assert.Equal(ComplaintStage.Closed, (await host.LifecycleAsync(complaint.ComplaintId)).Stage);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UpdateAction_RecordsWhatTheResidentWasToldAndMayMoveTheDate_UntilTheActionIsFinished(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.AcknowledgedAsync(Received);
        var id = await host.ExecuteAsync(new AddActionCommand(complaint.ComplaintId, " Fit a new extractor fan ", Instants.Day("2026-11-20")));

        await host.ExecuteAsync(new UpdateActionCommand(id, "Part on order; told the resident by phone", Instants.Day("2026-11-27"), Received.AddDays(5)));
        await host.ExecuteAsync(new CompleteActionCommand(id, "Fitted", null, Received.AddDays(24)));
        var again = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(new UpdateActionCommand(id, "Checked it works", null, Received.AddDays(30))));

        var action = Assert.Single(await host.ActionsAsync(complaint.ComplaintId));
        Assert.Equal(("Fit a new extractor fan", Instants.Day("2026-11-27"), ActionStatus.Completed, Received.AddDays(24)),
            (action.Description, action.DueOn, action.Status, action.FinishedAt));
        Assert.Equal(["Part on order; told the resident by phone", "Fitted"], action.Updates.Select(u => u.Text));
        Assert.Equal($"Action {id} is already Completed.", again.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddAction_WithoutADescriptionOrDate_NamesBoth(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.AcknowledgedAsync(Received);

        var error = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(new AddActionCommand(complaint.ComplaintId, " ", null)));

        Assert.Equal(["description", "due_on"], error.Violations.Select(v => v.Field));
        Assert.Empty(await host.ActionsAsync(complaint.ComplaintId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CloseComplaint_ForNoReply_UnderIds_WaitsFor21WorkingDays(string provider)
    {
        var host = await hosts.HostAsync(provider, "ids"); // IDS 6.2; a response on Wed 10 March 2027 runs to Mon 12 April, Easter counted out
        var complaint = await host.RespondedAsync(Instants.London("2027-03-10 15:00"), Instants.London("2027-03-01 10:00"));

        var early = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.ExecuteAsync(new CloseComplaintCommand(complaint.ComplaintId, CloseReason.NoReply, "No reply", Instants.London("2027-04-12 17:00"))));
        await host.ExecuteAsync(new CloseComplaintCommand(complaint.ComplaintId, CloseReason.NoReply, "No reply", Instants.London("2027-04-13 09:00")));
        var lifecycle = await host.LifecycleAsync(complaint.ComplaintId);

        Assert.Contains("until the end of 2027-04-12 to reply", early.Message);
        Assert.Equal((ComplaintStage.Closed, "CloseForNoReply"), (lifecycle.Stage, lifecycle.History[^1].Trigger));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CloseComplaint_ForNoReply_WhereThePolicyNeverDoes_IsRefused(string provider)
    {
        var host = await hosts.HostAsync(provider, "code2024");
        var complaint = await host.RespondedAsync(Received.AddDays(7));

        var error = await Assert.ThrowsAsync<TransitionRefusedException>(() =>
            host.ExecuteAsync(new CloseComplaintCommand(complaint.ComplaintId, CloseReason.NoReply, "No reply", Received.AddDays(200))));

        Assert.Equal(("Stage1Responded", "CloseForNoReply"), (error.CurrentState, error.Trigger));
        Assert.Contains("closes stage 1 when the resident does not reply", error.Reason);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CloseComplaint_BeforeAResponse_IsRefusedNamingTheStage(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var complaint = await host.AcknowledgedAsync(Received);

        var error = await Assert.ThrowsAsync<TransitionRefusedException>(() =>
            host.ExecuteAsync(new CloseComplaintCommand(complaint.ComplaintId, CloseReason.Resolved, "Resident satisfied", Received.AddDays(3))));

        Assert.Equal(("Stage1Investigating", "Close"), (error.CurrentState, error.Trigger));
    }
}
