using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Grpc;
using Complaints.Lifecycle.Api.V1;
using Google.Protobuf.WellKnownTypes;
using StatusCode = Complaints.Grpc.StatusCode;

namespace Complaints.EndToEnd.Tests.Lifecycle;

public sealed class LifecycleServiceTests
{
    private static readonly Method<GetLifecycleRequest, GetLifecycleResponse> GetLifecycle =
        Method<GetLifecycleRequest, GetLifecycleResponse>.From(LifecycleReflection.Descriptor.Services[0].FindMethodByName("GetLifecycle"));

    private static readonly Method<GetWorkflowDiagramRequest, GetWorkflowDiagramResponse> GetWorkflowDiagram =
        Method<GetWorkflowDiagramRequest, GetWorkflowDiagramResponse>.From(LifecycleReflection.Descriptor.Services[0].FindMethodByName("GetWorkflowDiagram"));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetLifecycle_AfterLogging_ShowsTheReceivedStageAndItsRecordedStart(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var request = IntakeMethods.ValidRequest();
        request.ReceivedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero));
        var complaint = (await host.Client.UnaryAsync(IntakeMethods.LogComplaint, request)).Complaint;

        var lifecycle = (await host.Client.UnaryAsync(GetLifecycle, new GetLifecycleRequest { ComplaintId = complaint.Id })).Lifecycle;

        Assert.Equal("Received", lifecycle.Stage);
        Assert.Equal(request.ReceivedAt, lifecycle.EnteredStageAt);
        var start = Assert.Single(lifecycle.History);
        Assert.Equal(("", "Received", "Log"), (start.FromStage, start.ToStage, start.Trigger));
        // Undecided, the Code's acknowledgement clock already runs from receipt (Friday 20 November + 5 working days).
        var acknowledge = Assert.Single(lifecycle.Clocks);
        Assert.Equal(("stage1.acknowledge", "2026-11-27"), (acknowledge.Name, acknowledge.DueOn));
    }

    [Fact]
    public async Task GetLifecycle_WhenTheIdIsUnknownOrMalformed_IsNotFoundOrInvalidArgument()
    {
        await using var host = await RunningHost.StartAsync();

        var unknown = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.UnaryAsync(GetLifecycle, new GetLifecycleRequest { ComplaintId = Guid.NewGuid().ToString() }));
        var malformed = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.UnaryAsync(GetLifecycle, new GetLifecycleRequest { ComplaintId = "CMP-2026-000001" }));

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
    }

    [Fact]
    public async Task GetWorkflowDiagram_ReturnsTheMermaidGeneratedFromTheTable()
    {
        await using var host = await RunningHost.StartAsync();

        var diagram = (await host.Client.UnaryAsync(GetWorkflowDiagram, new GetWorkflowDiagramRequest())).Mermaid;

        Assert.StartsWith("stateDiagram-v2", diagram);
        Assert.Contains("Received --> Stage1Pending : Accept", diagram);
        Assert.Contains(diagram, await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "README.md")));
    }
}
