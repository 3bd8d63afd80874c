using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Intake.Api.V1;
using Google.Rpc;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Intake;

/// <summary>Service requests are recorded apart from complaints; dissatisfaction with one raises a linked complaint.</summary>
public sealed class ServiceRequestTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RaiseComplaint_FromAnOpenServiceRequest_LogsALinkedComplaintAndLeavesTheRequestOpen(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var request = (await host.Intake.RecordServiceRequestAsync(new RecordServiceRequestRequest
        {
            Channel = Channel.Phone, Description = "Kitchen tap leaking", Category = "Repairs", ResidentReference = "TEN-000900",
        }).ResponseAsync).ServiceRequest;

        var complaint = (await host.Intake.RaiseComplaintFromServiceRequestAsync(new RaiseComplaintFromServiceRequestRequest
        {
            ServiceRequestId = request.Id, Description = "Three weeks and nobody has come", Channel = Channel.Email,
            DesiredOutcome = "A plumber this week",
        }).ResponseAsync).Complaint;
        var reread = (await host.Intake.GetServiceRequestAsync(new GetServiceRequestRequest { Reference = request.Reference }).ResponseAsync).ServiceRequest;

        Assert.Matches(@"^SR-\d{4}-\d{6}$", request.Reference);
        Assert.Matches(@"^CMP-\d{4}-\d{6}$", complaint.Reference);
        Assert.Equal((request.Id, "TEN-000900", Channel.Email, Stage.Received), (complaint.ServiceRequestId, complaint.ResidentReference, complaint.Channel, complaint.Stage));
        Assert.Equal([complaint.Id], reread.ComplaintIds);
        Assert.Equal("Kitchen tap leaking", reread.Description);
    }

    [Fact]
    public async Task RaiseComplaint_WithoutChannel_TakesTheRequestsChannel()
    {
        await using var host = await RunningHost.StartAsync();
        var request = (await host.Intake.RecordServiceRequestAsync(new RecordServiceRequestRequest
        {
            Channel = Channel.LiveChat, Description = "Fence down", Category = "Repairs", ResidentReference = "TEN-1",
        }).ResponseAsync).ServiceRequest;

        var complaint = (await host.Intake.RaiseComplaintFromServiceRequestAsync(new RaiseComplaintFromServiceRequestRequest
        {
            ServiceRequestId = request.Id, Description = "Still down",
        }).ResponseAsync).Complaint;

        Assert.Equal(Channel.LiveChat, complaint.Channel);
    }

    [Fact]
    public async Task RaiseComplaint_FromAnUnknownRequest_IsNotFoundAndLogsNothing()
    {
        await using var host = await RunningHost.StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Intake.RaiseComplaintFromServiceRequestAsync(new RaiseComplaintFromServiceRequestRequest { ServiceRequestId = Guid.NewGuid().ToString(), Description = "x" }).ResponseAsync);
        var nextComplaint = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.EndsWith("-000001", nextComplaint.Reference); // no number was used up by the failed call
    }

    [Fact]
    public async Task RecordServiceRequest_Incomplete_NamesEachField()
    {
        await using var host = await RunningHost.StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Intake.RecordServiceRequestAsync(new RecordServiceRequestRequest()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["channel", "description", "category", "resident_reference"], error.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task RecordServiceRequest_ReplayedKey_ReturnsTheFirstRequest()
    {
        await using var host = await RunningHost.StartAsync();
        var record = new RecordServiceRequestRequest
        {
            Channel = Channel.Web, Description = "Bin store light out", Category = "Repairs", ResidentReference = "TEN-2", IdempotencyKey = "hms-42",
        };

        var first = (await host.Intake.RecordServiceRequestAsync(record).ResponseAsync).ServiceRequest;
        var replay = (await host.Intake.RecordServiceRequestAsync(record).ResponseAsync).ServiceRequest;

        Assert.Equal((first.Id, first.Reference), (replay.Id, replay.Reference));
    }
}
