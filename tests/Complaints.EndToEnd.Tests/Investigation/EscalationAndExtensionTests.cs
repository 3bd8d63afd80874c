using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.Lifecycle.Contracts;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using StatusCode = Grpc.Core.StatusCode;
using static Complaints.EndToEnd.Tests.Infrastructure.When;

namespace Complaints.EndToEnd.Tests.Investigation;

/// <summary>Extensions within the policy's caps, and the resident's request for stage 2, over gRPC.</summary>
public sealed class EscalationAndExtensionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Stage1ExtendedThenEscalatedAndAcknowledged_UnderTheCode(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = await AcknowledgedAsync(host, "2026-11-02T10:00:00Z", "2026-11-03T10:00:00Z"); // respond due Tue 17 Nov

        var extended = (await host.Investigation.ExtendDeadlineAsync(Extension(complaint.Id, 10)).ResponseAsync).Change;
        var overCap = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.ExtendDeadlineAsync(Extension(complaint.Id, 1)).ResponseAsync);
        await LifecycleDriver.TransitionAsync(host, complaint.Id, ComplaintTrigger.IssueStage1Response, DateTimeOffset.Parse("2026-11-20T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var requested = await host.Investigation.RequestEscalationAsync(new RequestEscalationRequest
        {
            ComplaintId = complaint.Id, OccurredAt = At("2026-11-20T15:00:00Z"),
        }).ResponseAsync;
        var beforeAcknowledgement = (await LifecycleMethods.ReadAsync(host, complaint.Id)).Clocks.Single(c => c.Name == "stage2.respond");
        var acknowledged = (await host.Investigation.AcknowledgeEscalationAsync(new AcknowledgeEscalationRequest
        {
            ComplaintId = complaint.Id, OccurredAt = At("2026-11-20T16:00:00Z"),
        }).ResponseAsync).Change;
        var afterAcknowledgement = (await LifecycleMethods.ReadAsync(host, complaint.Id)).Clocks.Single(c => c.Name == "stage2.respond");

        Assert.Equal((Stage.Stage1Investigating, "2026-12-01"), (extended.Stage, extended.RespondDueOn)); // 10 more working days
        Assert.Equal(StatusCode.FailedPrecondition, overCap.StatusCode);
        Assert.Contains("at most 10 working days in all; 10 already used, 1 asked", overCap.Status.Detail);
        Assert.Equal((Stage.Stage2Pending, true), (requested.Change.Stage, requested.WithinWindow));
        Assert.Contains("sets no window", requested.Explanation);
        Assert.Equal((Stage.Stage2Investigating, "2026-12-18"), (acknowledged.Stage, acknowledged.RespondDueOn)); // 20 working days
        // Until stage 2 is acknowledged, its response date is worked from the day acknowledgement is due: provisional.
        Assert.True(beforeAcknowledgement.Provisional);
        Assert.False(afterAcknowledgement.Provisional);
    }

    [Fact]
    public async Task ExtendDeadline_WithoutReasonOrOmbudsmanDetails_NamesEachField()
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = await AcknowledgedAsync(host, null, null);

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.ExtendDeadlineAsync(new ExtendDeadlineRequest { ComplaintId = complaint.Id, WorkingDays = 5 }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["reason", "ombudsman_details_given"], error.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Theory]
    [InlineData("IVH stage 1: escalation 'within 10 working days of receiving their stage 1 investigation response' — last day", "2027-01-06T16:00:00Z", true)]
    [InlineData("IVH stage 1: asked the day after the window closed — recorded, flagged, not refused", "2027-01-07T09:00:00Z", false)]
    public async Task RequestEscalation_IsFlaggedWhenAfterThePolicysWindow(string clause, string requestedAt, bool within)
    {
        await using var host = await RunningHost.StartAtAsync(new DateTimeOffset(2027, 6, 1, 12, 0, 0, TimeSpan.Zero), "--Complaints:PolicyProfile=ivh");
        var complaint = await AcknowledgedAsync(host, "2026-11-30T10:00:00Z", "2026-12-01T09:00:00Z");
        await LifecycleDriver.TransitionAsync(host, complaint.Id, ComplaintTrigger.IssueStage1Response, DateTimeOffset.Parse("2026-12-18T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

        var requested = await host.Investigation.RequestEscalationAsync(new RequestEscalationRequest
        {
            ComplaintId = complaint.Id, OccurredAt = At(requestedAt), Reasons = clause,
        }).ResponseAsync;

        Assert.Equal((Stage.Stage2Pending, within), (requested.Change.Stage, requested.WithinWindow));
        Assert.Contains("2027-01-06", requested.Explanation);
    }

    [Fact]
    public async Task ExtendDeadline_AtStage2UnderIvh_NeedsTheResidentsAgreement()
    {
        await using var host = await RunningHost.StartAtAsync(new DateTimeOffset(2027, 6, 1, 12, 0, 0, TimeSpan.Zero), "--Complaints:PolicyProfile=ivh");
        var complaint = await AcknowledgedAsync(host, "2026-11-30T10:00:00Z", "2026-12-01T09:00:00Z");
        await LifecycleDriver.TransitionAsync(host, complaint.Id, ComplaintTrigger.IssueStage1Response, DateTimeOffset.Parse("2026-12-18T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await host.Investigation.RequestEscalationAsync(new RequestEscalationRequest { ComplaintId = complaint.Id, OccurredAt = At("2027-01-04T10:00:00Z") }).ResponseAsync;
        await host.Investigation.AcknowledgeEscalationAsync(new AcknowledgeEscalationRequest { ComplaintId = complaint.Id, OccurredAt = At("2027-01-05T10:00:00Z") }).ResponseAsync;
        var unagreed = Extension(complaint.Id, 10, At("2027-01-11T10:00:00Z"));
        var agreed = Extension(complaint.Id, 10, At("2027-01-11T10:00:00Z"));
        agreed.ResidentAgreed = true;

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.ExtendDeadlineAsync(unagreed).ResponseAsync);
        var extended = (await host.Investigation.ExtendDeadlineAsync(agreed).ResponseAsync).Change;

        // IVH stage 2: "we will agree a revised timescale with the customer", as at stage 1.
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Equal("EXTENSION_NEEDS_AGREEMENT", refused.Detail<ErrorInfo>()!.Reason);
        Assert.Contains("agree a revised timescale with the customer", refused.Status.Detail);
        Assert.Equal((Stage.Stage2Investigating, "2027-02-15"), (extended.Stage, extended.RespondDueOn)); // 20 working days from 4 Jan, then 10 more
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RefuseEscalation_NeedsWrittenReasonsAndSignposting(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = await AcknowledgedAsync(host, null, null);
        await LifecycleDriver.TransitionAsync(host, complaint.Id, ComplaintTrigger.IssueStage1Response);
        await host.Investigation.RequestEscalationAsync(new RequestEscalationRequest { ComplaintId = complaint.Id }).ResponseAsync;

        var bare = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.RefuseEscalationAsync(new RefuseEscalationRequest { ComplaintId = complaint.Id }).ResponseAsync);
        var notInPolicy = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.RefuseEscalationAsync(new RefuseEscalationRequest
        {
            ComplaintId = complaint.Id, ReasonCode = "TooBusy", Reasons = "We are too busy.", OmbudsmanSignposted = true,
        }).ResponseAsync);
        var refused = (await host.Investigation.RefuseEscalationAsync(new RefuseEscalationRequest
        {
            ComplaintId = complaint.Id, ReasonCode = "ExcludedMatter", Reasons = "The matter is before the courts.", OmbudsmanSignposted = true,
        }).ResponseAsync).Change;

        Assert.Equal(["reason_code", "reasons", "ombudsman_signposted"], bare.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
        Assert.Contains("ExcludedMatter", notInPolicy.Detail<BadRequest>()!.FieldViolations.Single().Description);
        Assert.Equal(Stage.EscalationRefused, refused.Stage);
    }

    [Fact]
    public async Task RequestEscalation_BeforeTheStage1Response_IsRefusedNamingTheStage()
    {
        await using var host = await RunningHost.StartAsync();
        var complaint = await AcknowledgedAsync(host, null, null);

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.RequestEscalationAsync(new RequestEscalationRequest { ComplaintId = complaint.Id }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("Stage1Investigating", error.Status.Detail);
        Assert.Contains("IssueStage1Response", error.Status.Detail);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExtendDeadline_WithAStaleExpectedVersion_IsAbortedAndChangesNothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = await AcknowledgedAsync(host, "2026-11-02T10:00:00Z", "2026-11-03T10:00:00Z");
        var read = await LifecycleMethods.ReadAsync(host, complaint.Id);

        var first = Extension(complaint.Id, 3);
        first.ExpectedVersion = read.Version;
        var extended = (await host.Investigation.ExtendDeadlineAsync(first).ResponseAsync).Change;
        var second = Extension(complaint.Id, 3);
        second.ExpectedVersion = read.Version; // read before the first extension: someone else has moved it since
        var stale = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.ExtendDeadlineAsync(second).ResponseAsync);
        var after = await LifecycleMethods.ReadAsync(host, complaint.Id);

        Assert.Equal(read.Version + 1, extended.Version);
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal((extended.Version, 1), (after.Version, after.History.Count(t => t.Trigger == Trigger.ExtendDeadline)));
        Assert.Equal("2026-11-20", extended.RespondDueOn);
    }

    private static ExtendDeadlineRequest Extension(string complaintId, int days, Timestamp? occurredAt = null) => new()
    {
        ComplaintId = complaintId, WorkingDays = days, Reason = "Waiting for the surveyor's report", OmbudsmanDetailsGiven = true,
        OccurredAt = occurredAt ?? At("2026-11-10T10:00:00Z"),
    };

    private static async Task<Complaint> AcknowledgedAsync(RunningHost host, string? receivedAt, string? acknowledgedAt)
    {
        var request = IntakeMethods.ValidRequest();
        if (receivedAt is not null)
            request.ReceivedAt = At(receivedAt);
        var complaint = (await host.Intake.LogComplaintAsync(request).ResponseAsync).Complaint;
        return (await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler repair missed twice", NamedOfficer = "Sam Patel",
            OccurredAt = acknowledgedAt is null ? null : At(acknowledgedAt),
        }).ResponseAsync).Complaint;
    }
}
