using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Intake.Api.V1;
using Complaints.Lifecycle.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Intake;

/// <summary>Stage changes through the Intake API, checked in the lifecycle: stage, clocks and history.</summary>
public sealed class AcknowledgeDeclineWithdrawTests
{
    private static readonly CallOptions AsOfficer = Caller.As("officer-9");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Acknowledge_OverEaster2026_SetsTheCodeClocks(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = await LogAsync(host, "2026-04-02T09:00:00Z"); // Thursday before Good Friday

        var acknowledged = (await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler repair missed twice", NamedOfficer = "Sam Patel",
            ResolutionSought = "Repair and an apology", OccurredAt = Timestamp.FromDateTime(new DateTime(2026, 4, 8, 8, 0, 0, DateTimeKind.Utc)),
            ExpectedVersion = complaint.Version,
        }, AsOfficer).ResponseAsync).Complaint;
        var lifecycle = (await host.Lifecycle.GetLifecycleAsync(new GetLifecycleRequest { ComplaintId = complaint.Id }).ResponseAsync).Lifecycle;

        Assert.Equal(Stage.Stage1Investigating, acknowledged.Stage);
        Assert.Equal("Sam Patel", acknowledged.NamedOfficer);
        Assert.Equal(lifecycle.Version, acknowledged.Version); // one version per complaint: the lifecycle's
        Assert.True(acknowledged.Version > complaint.Version);
        Assert.Equal([Trigger.Log, Trigger.Accept, Trigger.Acknowledge], lifecycle.History.Select(t => t.Trigger));
        Assert.Equal("officer-9", lifecycle.History[^1].Actor);
        var ack = lifecycle.Clocks.Single(c => c.Name == "stage1.acknowledge");
        Assert.Equal(("2026-04-13", ClockStatus.MetOnTime), (ack.DueOn, ack.Status));
        Assert.Equal("2026-04-22", lifecycle.Clocks.Single(c => c.Name == "stage1.respond").DueOn);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Acknowledge_WithAStaleVersion_IsAborted(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = await LogAsync(host, "2026-11-02T09:00:00Z");

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = complaint.Id, ComplaintDefinition = "x", NamedOfficer = "y", ExpectedVersion = complaint.Version + 3 }).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        Assert.Equal(Stage.Received, (await host.Lifecycle.GetLifecycleAsync(new GetLifecycleRequest { ComplaintId = complaint.Id }).ResponseAsync).Lifecycle.Stage);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Decline_ForAReasonThePolicyDoesNotHave_IsInvalidArgumentListingTheAllowedOnes(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = await LogAsync(host, "2026-11-02T09:00:00Z");

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Intake.DeclineComplaintAsync(new DeclineComplaintRequest { ComplaintId = complaint.Id, ExclusionReason = "TooBusy", Explanation = "", OmbudsmanSignposted = false }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violations = error.Detail<BadRequest>()!.FieldViolations;
        Assert.Equal(["exclusion_reason", "explanation", "ombudsman_signposted"], violations.Select(v => v.Field));
        Assert.Contains("LegalProceedings", violations[0].Description);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Acknowledge_AfterADecline_IsRefusedNamingTheStageAndTheAllowedMoves(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = await LogAsync(host, "2026-11-02T09:00:00Z");
        var declined = (await host.Intake.DeclineComplaintAsync(new DeclineComplaintRequest
        {
            ComplaintId = complaint.Id, ExclusionReason = "LegalProceedings", Explanation = "A claim is before the county court.", OmbudsmanSignposted = true,
        }).ResponseAsync).Complaint;

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = complaint.Id, ComplaintDefinition = "x", NamedOfficer = "y" }).ResponseAsync);

        Assert.Equal((Stage.NotAccepted, "LegalProceedings"), (declined.Stage, declined.ExclusionReason));
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("while the complaint is NotAccepted", error.Status.Detail);
        var info = error.Detail<ErrorInfo>()!;
        Assert.Equal("NotAccepted", info.Metadata["current_stage"]);
        Assert.Equal("ReferToOmbudsman", info.Metadata["permitted_triggers"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Withdraw_Twice_IsRefusedTheSecondTime(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = await LogAsync(host, "2026-11-02T09:00:00Z");
        var request = new WithdrawComplaintRequest { ComplaintId = complaint.Id, Reason = "Resolved with the contractor directly" };

        var withdrawn = (await host.Intake.WithdrawComplaintAsync(request).ResponseAsync).Complaint;
        var again = await Assert.ThrowsAsync<RpcException>(() => host.Intake.WithdrawComplaintAsync(request).ResponseAsync);

        Assert.Equal(Stage.Withdrawn, withdrawn.Stage);
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Acknowledge_WhenOccurredAtIsSecondsAheadWithinTheSkew_RepliesWithTheNewStage(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = await LogAsync(host, "2026-11-02T09:00:00Z");

        var acknowledged = (await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler repair missed twice", NamedOfficer = "Sam Patel",
            OccurredAt = When.AheadOfUs(TimeSpan.FromSeconds(30)),
        }, AsOfficer).ResponseAsync).Complaint;

        Assert.Equal(Stage.Stage1Investigating, acknowledged.Stage);
        Assert.True(acknowledged.Version > complaint.Version);
        Assert.Contains(Trigger.IssueStage1Response, acknowledged.PermittedTriggers);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Acknowledge_RightAfterLoggingAheadWithinTheSkew_RepliesWithTheNewStage(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var ahead = When.AheadOfUs(TimeSpan.FromMinutes(1));
        var request = IntakeMethods.ValidRequest();
        request.ReceivedAt = ahead;
        var complaint = (await host.Intake.LogComplaintAsync(request, AsOfficer).ResponseAsync).Complaint;

        var acknowledged = (await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler repair missed twice", NamedOfficer = "Sam Patel", OccurredAt = ahead,
        }, AsOfficer).ResponseAsync).Complaint;

        Assert.Equal(Stage.Stage1Investigating, acknowledged.Stage);
        Assert.Equal([Trigger.Log, Trigger.Accept, Trigger.Acknowledge], (await host.Lifecycle.GetLifecycleAsync(
            new GetLifecycleRequest { ComplaintId = complaint.Id }).ResponseAsync).Lifecycle.History.Select(t => t.Trigger));
    }

    [Fact]
    public async Task Acknowledge_InTheFuture_IsInvalidArgument()
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = await LogAsync(host, "2026-11-02T09:00:00Z");

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "x", NamedOfficer = "y", OccurredAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(2)),
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("occurred_at", error.Detail<BadRequest>()!.FieldViolations.Single().Field);
    }

    private static async Task<Complaints.Intake.Api.V1.Complaint> LogAsync(RunningHost host, string receivedAt)
    {
        var request = IntakeMethods.ValidRequest();
        request.ReceivedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.Parse(receivedAt));
        return (await host.Intake.LogComplaintAsync(request, AsOfficer).ResponseAsync).Complaint;
    }
}
