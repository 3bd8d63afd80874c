using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Hazards.Api.V1;
using Google.Rpc;
using Grpc.Core;
using static Complaints.EndToEnd.Tests.Hazards.HazardData;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Hazards;

/// <summary>
/// What HazardsService refuses, as the rest of the product refuses it: INVALID_ARGUMENT naming the fields,
/// FAILED_PRECONDITION naming the hazard's state and the steps it allows, NOT_FOUND, PERMISSION_DENIED.
/// </summary>
public sealed class HazardRefusalTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryRpc_RefusesBadInputAndStepsOutOfTurn(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var api = host.Hazards;

        var empty = await Refused(api.ReportHazardAsync(new ReportHazardRequest()));
        var future = await Refused(api.ReportHazardAsync(Significant(awareAgo: TimeSpan.FromDays(-2))));
        var leasehold = await Refused(api.ReportHazardAsync(WithTenure(Significant(), "Leasehold")));
        var notYetPrescribed = await Refused(api.ReportHazardAsync(WithKind(Significant(), "excess-cold")));
        var unknownKind = await Refused(api.ReportHazardAsync(WithKind(Significant(), "ghosts")));
        var missing = await Refused(api.GetHazardAsync(new GetHazardRequest { HazardId = 999_999 }));
        var id = (await api.ReportHazardAsync(Significant()).ResponseAsync).Hazard.Id;
        var summaryFirst = await Refused(api.RecordSummarySentAsync(new RecordSummarySentRequest { HazardId = id, Summary = "Letter" }));
        var furtherFirst = await Refused(api.RecordFurtherWorkAsync(new RecordFurtherWorkRequest { HazardId = id, BegunAt = Ago(TimeSpan.FromMinutes(1)) }));
        var safetyFirst = await Refused(api.RecordSafetyWorkAsync(new RecordSafetyWorkRequest { HazardId = id, Details = "Mould wash" }));
        var noOffer = await Refused(api.StopClockAsync(new StopClockRequest { HazardId = id, Reason = StopReason.HouseholdMoved, Evidence = "Moved" }));
        var noInvestigation = await Refused(api.StopClockAsync(new StopClockRequest { HazardId = id, Reason = StopReason.NoHazardFound, Evidence = "Report" }));
        await api.RecordAccessAttemptAsync(new RecordAccessAttemptRequest { HazardId = id, Method = AccessMethod.Phone, Outcome = AccessOutcome.NoAnswer }).ResponseAsync;
        var oneAttempt = await Refused(api.StopClockAsync(new StopClockRequest { HazardId = id, Reason = StopReason.ConsentNotObtained, Evidence = "Refused" }));
        var badAttempt = await Refused(api.RecordAccessAttemptAsync(new RecordAccessAttemptRequest { HazardId = id }));
        var badStop = await Refused(api.StopClockAsync(new StopClockRequest { HazardId = id }));
        var beforeAware = await Refused(api.RecordInvestigationAsync(new RecordInvestigationRequest
        {
            HazardId = id, EndedAt = Ago(TimeSpan.FromDays(3)), Investigator = "Surveyor", Findings = "Mould",
        }));
        await api.RecordInvestigationAsync(new RecordInvestigationRequest { HazardId = id, Investigator = "Surveyor", Findings = "Mould", HazardFound = false }).ResponseAsync;
        var twice = await Refused(api.RecordInvestigationAsync(new RecordInvestigationRequest { HazardId = id, Investigator = "Surveyor", Findings = "Again" }));
        var noHazardNoWork = await Refused(api.RecordSafetyWorkAsync(new RecordSafetyWorkRequest { HazardId = id, Details = "Mould wash" }));
        await api.StopClockAsync(new StopClockRequest { HazardId = id, Reason = StopReason.NoHazardFound, Evidence = "Further investigation report R-2" }).ResponseAsync;
        var afterStop = await Refused(api.RecordAccessAttemptAsync(new RecordAccessAttemptRequest { HazardId = id, Method = AccessMethod.Visit, Outcome = AccessOutcome.Gained }));
        var metFilter = await Refused(api.ListHazardsAsync(new ListHazardsRequest { ClockStatus = Common.V1.ClockStatus.MetOnTime }));

        Assert.Equal(["source", "source_reference", "kind", "category", "description"], Fields(empty));
        Assert.Equal(["aware_at"], Fields(future));
        Assert.Equal((StatusCode.FailedPrecondition, "HAZARD_NOT_IN_SCOPE"), (leasehold.StatusCode, leasehold.Detail<ErrorInfo>()!.Reason));
        Assert.Contains("SocialRent", leasehold.Status.Detail);
        Assert.Equal(StatusCode.FailedPrecondition, notYetPrescribed.StatusCode);
        Assert.Contains("'excess-cold' as a significant hazard is not yet prescribed", notYetPrescribed.Status.Detail);
        Assert.Equal(["kind"], Fields(unknownKind));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.All(new[] { summaryFirst, furtherFirst, safetyFirst, noOffer, noInvestigation, oneAttempt, twice, noHazardNoWork, afterStop }, e =>
        {
            Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
            Assert.Equal("HAZARD_STEP_REFUSED", e.Detail<ErrorInfo>()!.Reason);
        });
        Assert.Equal("AWAITING_INVESTIGATION", summaryFirst.Detail<ErrorInfo>()!.Metadata["state"]);
        Assert.Contains("Allowed now: RecordInvestigation, RecordAccessAttempt", summaryFirst.Status.Detail);
        Assert.Contains("1 access attempt(s) are recorded and the profile asks for 2", oneAttempt.Status.Detail);
        Assert.Equal("STOPPED", afterStop.Detail<ErrorInfo>()!.Metadata["state"]);
        Assert.Equal(["method", "outcome"], Fields(badAttempt));
        Assert.Equal(["reason", "evidence"], Fields(badStop));
        Assert.Equal(["ended_at"], Fields(beforeAware));
        Assert.Equal(["clock_status"], Fields(metFilter));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Roles_WithoutTheHazardPermissions_AreRefused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var id = (await host.Hazards.ReportHazardAsync(Significant()).ResponseAsync).Hazard.Id;

        var finance = await Refused(host.Hazards.GetHazardAsync(new GetHazardRequest { HazardId = id }, Caller.Exactly("fin", "finance")));
        var auditorWrites = await Refused(host.Hazards.ReportHazardAsync(Significant(), Caller.Exactly("aud", "auditor")));
        var auditorReads = (await host.Hazards.GetHazardAsync(new GetHazardRequest { HazardId = id }, Caller.Exactly("aud", "auditor")).ResponseAsync).Hazard;
        var handlerWrites = (await host.Hazards.ReportHazardAsync(Significant(), Caller.Exactly("cara", "complaint-handler")).ResponseAsync).Hazard;

        Assert.Equal(StatusCode.PermissionDenied, finance.StatusCode);
        Assert.Contains("hazards.read", finance.Status.Detail);
        Assert.Equal(StatusCode.PermissionDenied, auditorWrites.StatusCode);
        Assert.Contains("hazards.manage", auditorWrites.Status.Detail);
        Assert.Equal(id, auditorReads.Id);
        Assert.Equal("cara", handlerWrites.ReportedBy);
    }

    private static ReportHazardRequest WithTenure(ReportHazardRequest request, string tenure)
    {
        request.Tenure = tenure;
        return request;
    }

    private static ReportHazardRequest WithKind(ReportHazardRequest request, string kind)
    {
        request.Kind = kind;
        return request;
    }

    private static async Task<RpcException> Refused<T>(AsyncUnaryCall<T> call) => await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

    private static IEnumerable<string> Fields(RpcException error)
    {
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        return error.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field);
    }
}
