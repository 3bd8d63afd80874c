using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Google.Protobuf.WellKnownTypes;
using StatusCode = Grpc.Core.StatusCode;
using static Complaints.EndToEnd.Tests.Infrastructure.When;

namespace Complaints.EndToEnd.Tests.Investigation;

/// <summary>Promised actions hold a complaint open until done or transferred; closing for no reply waits for the policy's window.</summary>
public sealed class ActionsAndClosureTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Close_WaitsForPromisedActionsToBeDoneOrTransferred(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = await RespondedAsync(host, null);
        var close = new CloseComplaintRequest { ComplaintId = complaint.Id, Reason = CloseReason.Resolved, Note = "Resident satisfied" };

        var blocked = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.CloseComplaintAsync(close).ResponseAsync);
        var action = (await host.Investigation.GetCaseFileAsync(new GetCaseFileRequest { ComplaintId = complaint.Id }).ResponseAsync).Actions.Single();
        var updated = (await host.Investigation.UpdateActionAsync(new UpdateActionRequest
        {
            ActionId = action.Id, Update = "Boiler on order; fitting moved to 11 December", NewDueOn = "2026-12-11",
        }).ResponseAsync).Action;
        var transferred = (await host.Investigation.CompleteActionAsync(new CompleteActionRequest
        {
            ActionId = action.Id, Note = "Now in the boiler replacement programme", TransferredTo = "Planned works",
        }).ResponseAsync).Action;
        var again = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.CompleteActionAsync(new CompleteActionRequest { ActionId = action.Id, Note = "again" }).ResponseAsync);
        var closed = (await host.Investigation.CloseComplaintAsync(close).ResponseAsync).Change;

        Assert.Equal(StatusCode.FailedPrecondition, blocked.StatusCode);
        Assert.Contains("Replace the boiler", blocked.Status.Detail);
        Assert.Equal(("2026-12-11", ActionStatus.Open), (updated.DueOn, updated.Status));
        Assert.Equal((ActionStatus.Transferred, "Planned works", 2), (transferred.Status, transferred.TransferredTo, transferred.Updates.Count));
        Assert.Contains("already Transferred", again.Status.Detail);
        Assert.Equal(Stage.Closed, closed.Stage);
    }

    [Theory]
    [InlineData("IDS 6.2: 'no response from the customer within 21 working days' — still the 21st working day", "2027-01-21T16:00:00Z", false)]
    [InlineData("IDS 6.2: closed once the 21 working days after the response (Christmas skipped) have run", "2027-01-22T09:00:00Z", true)]
    public async Task CloseForNoReply_WaitsForThePolicysWindow(string clause, string closingAt, bool closes)
    {
        await using var host = await RunningHost.StartAtAsync(new DateTimeOffset(2027, 6, 1, 12, 0, 0, TimeSpan.Zero), "--Complaints:PolicyProfile=ids");
        var complaint = await RespondedAsync(host, "2026-12-18T10:00:00Z", withAction: false);
        var close = new CloseComplaintRequest { ComplaintId = complaint.Id, Reason = CloseReason.NoReply, Note = clause, OccurredAt = At(closingAt) };

        if (closes)
        {
            Assert.Equal(Stage.Closed, (await host.Investigation.CloseComplaintAsync(close).ResponseAsync).Change.Stage);
        }
        else
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.CloseComplaintAsync(close).ResponseAsync);
            Assert.Contains("until the end of 2027-01-21", error.Status.Detail);
        }
    }

    [Fact]
    public async Task CloseForNoReply_WhereThePolicyHasNoSuchRule_IsRefused()
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = await RespondedAsync(host, null, withAction: false);

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.CloseComplaintAsync(new CloseComplaintRequest { ComplaintId = complaint.Id, Reason = CloseReason.NoReply, Note = "No reply" }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("the policy closes stage 1 when the resident does not reply", error.Status.Detail);
    }

    private static async Task<Complaint> RespondedAsync(RunningHost host, string? respondedAt, bool withAction = true)
    {
        var request = IntakeMethods.ValidRequest();
        if (respondedAt is not null)
            request.ReceivedAt = At("2026-12-01T10:00:00Z");
        var complaint = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel",
            OccurredAt = respondedAt is null ? null : At("2026-12-02T10:00:00Z"),
        }).ResponseAsync;
        var response = new IssueResponseRequest
        {
            ComplaintId = complaint.Id, Stage = 1, ComplaintDefinition = "Boiler repair missed twice",
            EscalationInformation = "Reply within 21 working days to ask for a review.",
            OccurredAt = respondedAt is null ? null : At(respondedAt),
        };
        response.Decisions.Add(new PointDecision { Point = "Boiler", Outcome = DecisionOutcome.Upheld, Reasons = "Visits were missed." });
        if (withAction)
            response.OutstandingActions.Add(new OutstandingAction { Description = "Replace the boiler", DueOn = "2026-12-04" });
        await host.Investigation.IssueResponseAsync(response).ResponseAsync;
        return complaint;
    }
}
