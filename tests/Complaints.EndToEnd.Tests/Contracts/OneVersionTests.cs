using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.Lifecycle.Api.V1;
using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Contracts;

/// <summary>
/// One version per complaint: Complaint.version, Lifecycle.version and StageChange.version are the same number, and an
/// expected_version read from any of them holds for a change through any module.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class OneVersionTests(HostFixture fixture)
{
    private RunningHost Host => fixture.Host;

    [Fact]
    public async Task ComplaintAndLifecycle_ShowTheSameVersion()
    {
        var complaint = (await Host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;
        var lifecycle = await LifecycleMethods.ReadAsync(Host, complaint.Id);

        Assert.Equal(lifecycle.Version, complaint.Version);
    }

    [Fact]
    public async Task AnInvestigationStep_TakesTheVersionIntakeReturned_AndIntakeTakesInvestigations()
    {
        var logged = (await Host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;
        var acknowledged = (await Host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = logged.Id, ComplaintDefinition = "Boiler repair missed", NamedOfficer = "Sam Patel", ExpectedVersion = logged.Version,
        }).ResponseAsync).Complaint;

        var extended = await Host.Investigation.ExtendDeadlineAsync(new ExtendDeadlineRequest
        {
            ComplaintId = logged.Id, WorkingDays = 2, Reason = "Waiting for the contractor's report",
            OmbudsmanDetailsGiven = true, ExpectedVersion = acknowledged.Version,
        }).ResponseAsync;
        var withdrawn = (await Host.Intake.WithdrawComplaintAsync(new WithdrawComplaintRequest
        {
            ComplaintId = logged.Id, Reason = "Resolved informally", ExpectedVersion = extended.Change.Version,
        }).ResponseAsync).Complaint;

        Assert.Equal(Stage.Withdrawn, withdrawn.Stage);
        Assert.True(withdrawn.Version > extended.Change.Version);
    }

    [Fact]
    public async Task AVersionMadeStaleByAnotherModule_IsAborted()
    {
        var logged = (await Host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;
        var acknowledged = (await Host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = logged.Id, ComplaintDefinition = "Boiler repair missed", NamedOfficer = "Sam Patel",
        }).ResponseAsync).Complaint;
        await Host.Investigation.ExtendDeadlineAsync(new ExtendDeadlineRequest
        {
            ComplaintId = logged.Id, WorkingDays = 2, Reason = "Waiting for a report", OmbudsmanDetailsGiven = true,
        }).ResponseAsync;

        var stale = await Assert.ThrowsAsync<RpcException>(() => Host.Intake.WithdrawComplaintAsync(new WithdrawComplaintRequest
        {
            ComplaintId = logged.Id, Reason = "Resolved", ExpectedVersion = acknowledged.Version,
        }).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(Stage.Stage1Investigating, (await LifecycleMethods.ReadAsync(Host, logged.Id)).Stage);
    }

    [Fact]
    public async Task ARelatedPointJoiningTheComplaint_MovesTheVersionOn()
    {
        var logged = (await Host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;

        await Host.Intake.AddComplaintPointAsync(new AddComplaintPointRequest { ComplaintId = logged.Id, Point = "And the radiator leaks", Related = true });
        var stale = await Assert.ThrowsAsync<RpcException>(() => Host.Intake.WithdrawComplaintAsync(new WithdrawComplaintRequest
        {
            ComplaintId = logged.Id, Reason = "Resolved", ExpectedVersion = logged.Version,
        }).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.True((await LifecycleMethods.ReadAsync(Host, logged.Id)).Version > logged.Version);
    }
}
