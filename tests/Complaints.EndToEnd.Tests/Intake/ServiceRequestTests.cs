using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Grpc;
using Complaints.Intake.Api.V1;
using Google.Rpc;
using StatusCode = Complaints.Grpc.StatusCode;

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
        var request = (await host.Client.UnaryAsync(IntakeMethods.RecordServiceRequest, new RecordServiceRequestRequest
        {
            Channel = Channel.Phone, Description = "Kitchen tap leaking", Category = "Repairs", ResidentReference = "TEN-000900",
        })).ServiceRequest;

        var complaint = (await host.Client.UnaryAsync(IntakeMethods.RaiseComplaintFromServiceRequest, new RaiseComplaintFromServiceRequestRequest
        {
            ServiceRequestId = request.Id, Description = "Three weeks and nobody has come", Channel = Channel.Email,
            DesiredOutcome = "A plumber this week",
        })).Complaint;
        var reread = (await host.Client.UnaryAsync(IntakeMethods.GetServiceRequest, new GetServiceRequestRequest { Reference = request.Reference })).ServiceRequest;

        Assert.Matches(@"^SR-\d{4}-\d{6}$", request.Reference);
        Assert.Matches(@"^CMP-\d{4}-\d{6}$", complaint.Reference);
        Assert.Equal((request.Id, "TEN-000900", Channel.Email, "Received"), (complaint.ServiceRequestId, complaint.ResidentReference, complaint.Channel, complaint.Stage));
        Assert.Equal([complaint.Id], reread.ComplaintIds);
        Assert.Equal("Kitchen tap leaking", reread.Description);
    }

    [Fact]
    public async Task RaiseComplaint_WithoutChannel_TakesTheRequestsChannel()
    {
        await using var host = await RunningHost.StartAsync();
        var request = (await host.Client.UnaryAsync(IntakeMethods.RecordServiceRequest, new RecordServiceRequestRequest
        {
            Channel = Channel.LiveChat, Description = "Fence down", Category = "Repairs", ResidentReference = "TEN-1",
        })).ServiceRequest;

        var complaint = (await host.Client.UnaryAsync(IntakeMethods.RaiseComplaintFromServiceRequest, new RaiseComplaintFromServiceRequestRequest
        {
            ServiceRequestId = request.Id, Description = "Still down",
        })).Complaint;

        Assert.Equal(Channel.LiveChat, complaint.Channel);
    }

    [Fact]
    public async Task RaiseComplaint_FromAnUnknownRequest_IsNotFoundAndLogsNothing()
    {
        await using var host = await RunningHost.StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Client.UnaryAsync(IntakeMethods.RaiseComplaintFromServiceRequest,
            new RaiseComplaintFromServiceRequestRequest { ServiceRequestId = Guid.NewGuid().ToString(), Description = "x" }));
        var nextComplaint = (await host.Client.UnaryAsync(IntakeMethods.LogComplaint, IntakeMethods.ValidRequest())).Complaint;

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.EndsWith("-000001", nextComplaint.Reference); // no number was used up by the failed call
    }

    [Fact]
    public async Task RecordServiceRequest_Incomplete_NamesEachField()
    {
        await using var host = await RunningHost.StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Client.UnaryAsync(IntakeMethods.RecordServiceRequest, new RecordServiceRequestRequest()));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["channel", "description", "category", "resident_reference"], error.Status.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task RecordServiceRequest_ReplayedKey_ReturnsTheFirstRequest()
    {
        await using var host = await RunningHost.StartAsync();
        var record = new RecordServiceRequestRequest
        {
            Channel = Channel.Web, Description = "Bin store light out", Category = "Repairs", ResidentReference = "TEN-2", IdempotencyKey = "hms-42",
        };

        var first = (await host.Client.UnaryAsync(IntakeMethods.RecordServiceRequest, record)).ServiceRequest;
        var replay = (await host.Client.UnaryAsync(IntakeMethods.RecordServiceRequest, record)).ServiceRequest;

        Assert.Equal((first.Id, first.Reference), (replay.Id, replay.Reference));
    }
}
