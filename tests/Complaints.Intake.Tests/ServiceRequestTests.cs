using Complaints.Intake.Domain;
using Complaints.Intake.ServiceRequests;
using Complaints.Kernel.Errors;
using Complaints.Lifecycle.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static Complaints.Intake.Tests.IntakeSteps;

namespace Complaints.Intake.Tests;

/// <summary>
/// A service request is recorded apart from complaints (SR-YYYY-NNNNNN); a complaint raised from it goes through the
/// whole LogComplaint pipeline for the request's resident, and the request stays open beside it.
/// </summary>
public sealed class ServiceRequestTests(IntakeHosts hosts) : IClassFixture<IntakeHosts>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RaiseComplaintFromServiceRequest_LogsALinkedComplaintAndLeavesTheRequestOpen(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var request = await host.ExecuteAsync(new RecordServiceRequestCommand(ComplaintChannel.Phone, "Kitchen tap leaking", "Repairs", "TEN-000900", Received, null));

        var raised = await host.ExecuteAsync(new RaiseComplaintFromServiceRequestCommand(request.Id, "Three weeks and nobody has come", ComplaintChannel.Email,
            Received.AddDays(21), null, ["No plumber"], "A plumber this week"));
        var complaint = await host.ComplaintAsync(raised.Id);
        var view = await host.QueryAsync(services => services.GetRequiredService<ServiceRequestReader>().GetByIdAsync(request.Id, CancellationToken.None));

        Assert.Matches(@"^SR-2026-\d{6}$", request.Reference);
        Assert.Matches(@"^CMP-2026-\d{6}$", raised.Reference);
        Assert.Equal((request.Id, "TEN-000900", ComplaintChannel.Email, "A plumber this week"),
            (complaint.ServiceRequestId, complaint.ResidentReference, complaint.Channel, complaint.DesiredOutcome));
        Assert.Equal(ComplaintStage.Received, (await host.LifecycleAsync(raised.Id)).Stage);
        Assert.Equal([raised.Id], view.ComplaintIds);
        Assert.Equal("Kitchen tap leaking", view.Request.Description);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RaiseComplaintFromServiceRequest_WithoutAChannel_TakesTheRequests(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var request = await host.ExecuteAsync(new RecordServiceRequestCommand(ComplaintChannel.LiveChat, "Fence down", "Repairs", "TEN-1", Received, null));

        var raised = await host.ExecuteAsync(new RaiseComplaintFromServiceRequestCommand(request.Id, "Still down", null, null, null, [], null));

        Assert.Equal(ComplaintChannel.LiveChat, (await host.ComplaintAsync(raised.Id)).Channel);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RaiseComplaintFromServiceRequest_WhenTheComplaintIsInvalid_IsRefusedByLogComplaintsOwnValidation(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var request = await host.ExecuteAsync(new RecordServiceRequestCommand(ComplaintChannel.Web, "Bin store light out", "Repairs", "TEN-2", Received, null));

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            host.ExecuteAsync(new RaiseComplaintFromServiceRequestCommand(request.Id, " ", null, null, null, [], null)));
        var view = await host.QueryAsync(services => services.GetRequiredService<ServiceRequestReader>().GetByIdAsync(request.Id, CancellationToken.None));

        Assert.Equal("description", Assert.Single(error.Violations).Field);
        Assert.Empty(view.ComplaintIds);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RaiseComplaintFromServiceRequest_FromAnUnknownRequest_IsNotFound(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var unknown = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<NotFoundException>(() =>
            host.ExecuteAsync(new RaiseComplaintFromServiceRequestCommand(unknown, "Nobody came", null, null, null, [], null)));

        Assert.Equal(("Service request", unknown.ToString()), (error.Entity, error.Id));
        Assert.Equal(0, await host.CountAsync("Nobody came"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordServiceRequest_WhenIncomplete_NamesEachField(string provider)
    {
        var host = await hosts.HostAsync(provider);

        var error = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(new RecordServiceRequestCommand(null, "", " ", "", null, null)));

        Assert.Equal(["channel", "description", "category", "resident_reference"], error.Violations.Select(v => v.Field));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RaiseComplaintFromServiceRequest_WhenTheKeyIsReplayed_RaisesOneComplaint(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var request = await host.ExecuteAsync(new RecordServiceRequestCommand(ComplaintChannel.Phone, "Gutter blocked", "Repairs", "TEN-3", Received, null));
        var raise = new RaiseComplaintFromServiceRequestCommand(request.Id, "Gutter still blocked", null, Received.AddDays(7), $"hms-{Guid.NewGuid():N}", [], null);

        var first = await host.ExecuteAsync(raise);
        var replay = await host.ExecuteAsync(raise);

        Assert.Equal(first, replay);
        Assert.Equal(1, await host.CountAsync("Gutter still blocked"));
    }
}
