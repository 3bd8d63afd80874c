using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.Reporting.Api.V1;
using Grpc.Core;
using static Complaints.EndToEnd.Tests.Infrastructure.When;

namespace Complaints.EndToEnd.Tests.Reporting;

/// <summary>
/// CH01 and CH02 worked out of the read models the event log feeds, checked against figures worked by hand for
/// reporting year 2026 (1 April 2026 – 31 March 2027), 2,000 low-cost rental and 500 low-cost home ownership homes:
/// <list type="bullet">
/// <item>A: received Tue 5 May 2026, stage 1 response Thu 7 May (in time), escalated Mon 11 May, stage 2 response
///   Tue 1 Sep (late: 20 working days from the escalation's acknowledgement end in June).</item>
/// <item>B: received Mon 1 Jun 2026, stage 1 response Mon 3 Aug (late).</item>
/// <item>C: received Mon 30 Mar 2026 (the year before), stage 1 response Wed 8 Apr 2026 (in time; Easter counted out).</item>
/// <item>D: received Mon 5 Apr 2027 (the year after).</item>
/// </list>
/// CH01-1 = A, B: 2 × 1000 / 2500 = 0.8; CH01-2 = A: 0.4; CH02-1 = A, C of A, B, C: 66.67%; CH02-2 = none of A: 0%.
/// </summary>
public sealed class TenantSatisfactionMeasuresTests
{
    private static readonly DateTimeOffset Today = new(2027, 4, 20, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetTenantSatisfactionMeasures_ForAYearOfComplaints_MatchesFiguresWorkedByHand_ListingEveryComplaintCounted(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartAtAsync(Today, $"--Database:Provider={database.Provider}",
            $"--Database:ConnectionString={database.ConnectionString}", "--Reporting:LowCostRentalHomes=2000", "--Reporting:LowCostHomeOwnershipHomes=500");
        var a = await RespondedAsync(host, "2026-05-05 10:00", "2026-05-07 15:00");
        await EscalatedAndRespondedAsync(host, a.Id, "2026-05-11 10:00", "2026-09-01 15:00");
        var b = await RespondedAsync(host, "2026-06-01 10:00", "2026-08-03 15:00");
        var c = await RespondedAsync(host, "2026-03-30 10:00", "2026-04-08 15:00");
        var d = await LoggedAsync(host, "2027-04-05 10:00");

        var measures = await MeasuresAsync(host, 2026, m => m.Ch02Stage1.Denominator == 3 && m.Ch01Stage2.Numerator == 1 && m.Ch02Stage2.Denominator == 1);

        Assert.Equal((2000, 500), (measures.LowCostRentalHomes, measures.LowCostHomeOwnershipHomes));
        Assert.Equal((0.8, 2, 2500), (measures.Ch01Stage1.Value, measures.Ch01Stage1.Numerator, measures.Ch01Stage1.Denominator));
        Assert.Equal(References(a, b), measures.Ch01Stage1.Complaints.Select(x => x.Reference));
        Assert.Equal((0.4, 1), (measures.Ch01Stage2.Value, measures.Ch01Stage2.Numerator));
        Assert.Equal([a.Reference], measures.Ch01Stage2.Complaints.Select(x => x.Reference));
        Assert.Equal((66.67, 2, 3), (measures.Ch02Stage1.Value, measures.Ch02Stage1.Numerator, measures.Ch02Stage1.Denominator));
        Assert.Equal(References(a, b, c).Select(r => (r, r != b.Reference)),
            measures.Ch02Stage1.Complaints.Select(x => (x.Reference, x.InTime)));
        Assert.Equal((0.0, 0, 1), (measures.Ch02Stage2.Value, measures.Ch02Stage2.Numerator, measures.Ch02Stage2.Denominator));
        Assert.Equal([(a.Reference, false)], measures.Ch02Stage2.Complaints.Select(x => (x.Reference, x.InTime)));
        Assert.DoesNotContain(d.Reference, measures.Ch01Stage1.Complaints.Select(x => x.Reference));
        var lastYear = await MeasuresAsync(host, 2025, m => m.Ch01Stage1.Numerator == 1);
        Assert.Equal([c.Reference], lastYear.Ch01Stage1.Complaints.Select(x => x.Reference));
    }

    [Fact]
    public async Task RebuildReadModels_WhenAskedByAnAdministrator_ReplaysTheLogToTheSameFigures()
    {
        await using var host = await RunningHost.StartAtAsync(Today, "--Reporting:LowCostRentalHomes=1000");
        var a = await RespondedAsync(host, "2026-05-05 10:00", "2026-05-07 15:00");
        var before = await MeasuresAsync(host, 2026, m => m.Ch02Stage1.Denominator == 1);

        await host.Reporting.RebuildReadModelsAsync(new RebuildReadModelsRequest(), Caller.Exactly("ada", "administrator")).ResponseAsync;
        var after = await MeasuresAsync(host, 2026, m => m.Ch02Stage1.Denominator == 1);

        Assert.Equal(before, after);
        Assert.Equal([(a.Reference, true)], after.Ch02Stage1.Complaints.Select(x => (x.Reference, x.InTime)));
        Assert.Equal(1.0, after.Ch01Stage1.Value);
    }

    [Fact]
    public async Task RebuildReadModels_WhenAskedByAReportReader_IsRefused()
    {
        await using var host = await RunningHost.StartAsync();

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            host.Reporting.RebuildReadModelsAsync(new RebuildReadModelsRequest(), Caller.Exactly("rita", "report-reader")).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }

    private static string[] References(params Complaint[] complaints) =>
        complaints.Select(c => c.Reference).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The read models catch up with the log shortly after a commit: ask until the figures show it.</summary>
    private static async Task<GetTenantSatisfactionMeasuresResponse> MeasuresAsync(
        RunningHost host, int year, Func<GetTenantSatisfactionMeasuresResponse, bool> caughtUp)
    {
        GetTenantSatisfactionMeasuresResponse measures;
        var attempts = 0;
        do
        {
            if (attempts++ > 0)
                await Task.Delay(100);
            measures = await host.Reporting.GetTenantSatisfactionMeasuresAsync(
                new GetTenantSatisfactionMeasuresRequest { ReportingYear = year }, Caller.Exactly("rita", "report-reader")).ResponseAsync;
        }
        while (!caughtUp(measures) && attempts < 100);
        return measures;
    }

    private static async Task<Complaint> LoggedAsync(RunningHost host, string receivedAt)
    {
        var log = IntakeMethods.ValidRequest("Counted for the regulator");
        log.ReceivedAt = London(receivedAt);
        log.Points.Add("Boiler");
        return (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
    }

    private static async Task<Complaint> RespondedAsync(RunningHost host, string receivedAt, string respondedAt)
    {
        var complaint = await LoggedAsync(host, receivedAt);
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel",
            OccurredAt = London(DateTime.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd 09:00")),
        }).ResponseAsync;
        await host.Investigation.IssueResponseAsync(Response(complaint.Id, 1, respondedAt)).ResponseAsync;
        return complaint;
    }

    private static async Task EscalatedAndRespondedAsync(RunningHost host, string complaintId, string escalatedAt, string respondedAt)
    {
        await host.Investigation.RequestEscalationAsync(new RequestEscalationRequest { ComplaintId = complaintId, OccurredAt = London(escalatedAt) }).ResponseAsync;
        await host.Investigation.AcknowledgeEscalationAsync(new AcknowledgeEscalationRequest
        {
            ComplaintId = complaintId, OccurredAt = London(DateTime.Parse(escalatedAt, System.Globalization.CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd 09:00")),
        }).ResponseAsync;
        await host.Investigation.AssignOfficerAsync(new AssignOfficerRequest
        {
            ComplaintId = complaintId, Stage = 2,
            Officer = new Officer { Id = "kim", Name = "Kim Lo", Seniority = Seniority.SeniorManager, ServiceArea = "Housing" },
        }).ResponseAsync;
        await host.Investigation.IssueResponseAsync(Response(complaintId, 2, respondedAt)).ResponseAsync;
    }

    private static IssueResponseRequest Response(string complaintId, int stage, string respondedAt)
    {
        var response = new IssueResponseRequest
        {
            ComplaintId = complaintId, Stage = stage, ComplaintDefinition = "Boiler", EscalationInformation = "How to ask for stage 2.",
            OccurredAt = London(respondedAt),
        };
        response.Decisions.Add(new PointDecision { Point = "Boiler", Outcome = DecisionOutcome.Upheld, Reasons = "Two visits missed." });
        return response;
    }
}
