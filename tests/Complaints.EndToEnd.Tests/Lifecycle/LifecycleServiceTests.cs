using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Lifecycle.Api.V1;
using Google.Protobuf.WellKnownTypes;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Lifecycle;

public sealed class LifecycleServiceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetLifecycle_AfterLogging_ShowsTheReceivedStageAndItsRecordedStart(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var request = IntakeMethods.ValidRequest();
        request.ReceivedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero));
        var complaint = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;

        var lifecycle = (await host.Lifecycle.GetLifecycleAsync(new GetLifecycleRequest { ComplaintId = complaint.Id }).ResponseAsync).Lifecycle;

        Assert.Equal(Stage.Received, lifecycle.Stage);
        Assert.Equal(request.ReceivedAt, lifecycle.EnteredStageAt);
        var start = Assert.Single(lifecycle.History);
        Assert.Equal((Stage.Unspecified, Stage.Received, Trigger.Log), (start.FromStage, start.ToStage, start.Trigger));
        // Undecided, the Code's acknowledgement clock already runs from receipt (Friday 20 November + 5 working days).
        var acknowledge = Assert.Single(lifecycle.Clocks);
        Assert.Equal(("stage1.acknowledge", "2026-11-27"), (acknowledge.Name, acknowledge.DueOn));
    }

    [Fact]
    public async Task GetLifecycle_WhenTheIdIsUnknownOrMalformed_IsNotFoundOrInvalidArgument()
    {
        await using var host = await RunningHost.StartAsync();

        var unknown = await Assert.ThrowsAsync<RpcException>(() =>
            host.Lifecycle.GetLifecycleAsync(new GetLifecycleRequest { ComplaintId = Guid.NewGuid().ToString() }).ResponseAsync);
        var malformed = await Assert.ThrowsAsync<RpcException>(() =>
            host.Lifecycle.GetLifecycleAsync(new GetLifecycleRequest { ComplaintId = "CMP-2026-000001" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
    }

    [Fact]
    public async Task GetWorkflowDiagram_ReturnsTheMermaidGeneratedFromTheTable()
    {
        await using var host = await RunningHost.StartAsync();

        var diagram = (await host.Lifecycle.GetWorkflowDiagramAsync(new GetWorkflowDiagramRequest()).ResponseAsync).Mermaid;

        Assert.StartsWith("stateDiagram-v2", diagram);
        Assert.Contains("Received --> Stage1Pending : Accept", diagram);
        Assert.Contains(diagram, await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "README.md")));
    }
}
