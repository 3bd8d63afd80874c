using System.Net.Http.Headers;
using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.Reporting.Api.V1;
using Google.Rpc;
using Grpc.Core;
using static Complaints.EndToEnd.Tests.Infrastructure.When;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Reporting;

/// <summary>
/// The annual complaints report for reporting year 2026, on the year <see cref="TsmYear"/> seeds through the API (A–H)
/// plus complaint I (received Tue 1 Dec 2026, acknowledged Wed 2 Dec, stage 1 response Thu 3 Dec in time, promising a
/// change of process) and one compliment (15 Jun 2026). Worked by hand:
/// <list type="bullet">
/// <item>Stage 1 received (entered stage 1, received in the year): A May, B Jun, E Jul, G Oct, H Nov, I Dec = 6 (F was
///   declined, C is the year before, D the year after). Stage 2: A in May = 1 (H's escalation was refused).</item>
/// <item>Acknowledged at stage 1 in the year: A, B, E, G, H, I, all the next day = 6 of 6 in time. Responded at stage 1:
///   A, B, C (8 Apr 2026), E, H, I = 6, B late = 5 in time, E extended = 1. Stage 2: A's request acknowledged and H's
///   refused the next day — a refusal answers the request, so the lifecycle settles the acknowledgement clock — 2 of 2
///   in time; A responded late: 0 of 1.</item>
/// <item>Outcomes: six stage 1 responses upheld, one stage 2 upheld. Categories: Repairs (A), DampAndMould (E), none for
///   B, G, H, I. Refusals: LegalProceedings (F). Service improvements: I's. Compliments: 1.</item>
/// </list>
/// </summary>
public sealed class AnnualReportTests
{
    private const string ImprovementMade = "Repair appointments are now confirmed by text the day before.";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetAnnualReport_ForASeededYear_GivesTheFiguresWorkedByHand(string provider)
    {
        await using var year = await TsmYear.SeedAsync(provider);
        var report = await SeedMoreAndReportAsync(year.Host!);

        Assert.Equal((6, 1), (report.Volumes.Stage1Received, report.Volumes.Stage2Received));
        Assert.Equal([0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0], report.Volumes.ByStageAndMonth.Single(s => s.Label == "Stage 1").Months);
        Assert.Equal([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], report.Volumes.ByStageAndMonth.Single(s => s.Label == "Stage 2").Months);
        Assert.Equal([("", 4), ("DampAndMould", 1), ("Repairs", 1)],
            report.Volumes.ByCategory.Select(c => (c.Code, c.Count)).OrderBy(c => c.Code, StringComparer.Ordinal));
        Assert.Equal(6, report.Volumes.ByChannel.Sum(c => c.Count));
        Assert.Equal([("STAGE1_Upheld", 6), ("STAGE2_Upheld", 1)], report.Volumes.ByOutcome.Select(o => (o.Code, o.Count)));
        Assert.Equal([(1, 6, 6, 6, 5, 1), (2, 2, 2, 1, 0, 0)],
            report.Timeliness.Select(t => (t.Stage, t.Acknowledged, t.AcknowledgedInTime, t.Responded, t.RespondedInTime, t.Extended)));
        Assert.Equal([("LegalProceedings", 1)], report.Refusals.Select(r => (r.Code, r.Count)));
        Assert.Equal([ImprovementMade], report.ServiceImprovements.Select(i => i.Description));
        Assert.Equal([("Compliment", 1)], report.ComplimentsAndFeedback.Select(f => (f.Code, f.Count)));
        Assert.Equal((0, 0L), (report.Compensation.Awards, report.Compensation.TotalPence));
        // The self-assessment cites this year's own figures beside the standing evidence.
        Assert.Contains("83.3% of stage 1 responses were within the timescale; 1 were extended",
            Evidence(report, "6-stage1-timescales"));
        Assert.Contains("1 complaint(s) not accepted, most often", Evidence(report, "2-exclusions"));
    }

    [Fact]
    public async Task GetAnnualReportPage_OpenedInHeadlessChromium_DrawsEveryChartWithItsBars()
    {
        await using var year = await TsmYear.SeedAsync("Sqlite");
        var host = year.Host!;
        await SeedMoreAndReportAsync(host);
        using var http = host.Http();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/reporting/annual-reports/2026/page");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestIdentityProvider.Token("rita", ["report-reader"]));
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = Path.Combine(Directory.CreateTempSubdirectory("annual-report-").FullName, "annual-report-2026.html");
        await File.WriteAllTextAsync(page, await response.Content.ReadAsStringAsync());

        using var browser = HeadlessChromium.Start();
        browser.Page.Navigate().GoToUrl(new Uri(page));
        browser.Screenshot("annual-report-2026.png");

        Assert.Equal("Complaints performance and service improvement report", browser.Run("return document.querySelector('h1').textContent"));
        Assert.Equal(24L, Bars(browser, "chart-months")); // twelve months, two stages
        Assert.Equal(3L, Bars(browser, "chart-categories"));
        Assert.Equal(2L, Bars(browser, "chart-outcomes"));
        Assert.Equal(4L, Bars(browser, "chart-timeliness"));
        // Drawn, not just present: every chart has an area on screen, and the tallest month bar has height.
        Assert.Equal(0L, browser.Run("return [...document.querySelectorAll('svg.chart')].filter(s => s.getBoundingClientRect().height < 20).length"));
        Assert.True(Convert.ToDouble(browser.Run("return Math.max(...[...document.querySelectorAll('#chart-months rect.bar')].map(r => r.getBoundingClientRect().height))"),
            System.Globalization.CultureInfo.InvariantCulture) > 10);
        Assert.Equal(0L, browser.Run("return performance.getEntriesByType('resource').length")); // nothing fetched
    }

    [Fact]
    public async Task UpdateSelfAssessment_RecordsTheAnswer_RefusingStaleUnknownAndUnexplainedAnswers()
    {
        await using var host = await RunningHost.StartAsync("--Reporting:FollowEventLog=false");
        var editor = Caller.Exactly("maya", "administrator");

        var first = (await host.Reporting.UpdateSelfAssessmentAsync(Answer("6-stage2-handler", Compliance.Complies, "Checked by the tenant panel."), editor)).Entry;
        var stale = await Assert.ThrowsAsync<RpcException>(() => host.Reporting.UpdateSelfAssessmentAsync(
            Answer("6-stage2-handler", Compliance.PartlyComplies, "Later thought.", expectedVersion: 0), editor).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => host.Reporting.UpdateSelfAssessmentAsync(
            Answer("99-nothing", Compliance.Complies, ""), editor).ResponseAsync);
        var unexplained = await Assert.ThrowsAsync<RpcException>(() => host.Reporting.UpdateSelfAssessmentAsync(
            Answer("5-records", Compliance.PartlyComplies, " "), editor).ResponseAsync);
        var reader = await Assert.ThrowsAsync<RpcException>(() => host.Reporting.UpdateSelfAssessmentAsync(
            Answer("5-records", Compliance.Complies, ""), Caller.Exactly("rita", "report-reader")).ResponseAsync);
        var report = (await host.Reporting.GetAnnualReportAsync(new GetAnnualReportRequest { ReportingYear = 2026 }, Caller.Exactly("rita", "report-reader"))).Report;

        Assert.Equal((Compliance.Complies, "Checked by the tenant panel.", "maya", 1), (first.Compliance, first.Commentary, first.UpdatedBy, first.Version));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, unexplained.StatusCode);
        Assert.Contains("commentary", unexplained.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
        Assert.Equal(StatusCode.PermissionDenied, reader.StatusCode);
        var answered = report.SelfAssessment.Single(e => e.ProvisionId == "6-stage2-handler");
        Assert.Equal((Compliance.Complies, "Checked by the tenant panel.", 1), (answered.Compliance, answered.Commentary, answered.Version));
        Assert.All(report.SelfAssessment.Where(e => e.ProvisionId != "6-stage2-handler"), e => Assert.Equal(Compliance.Unspecified, e.Compliance));
        Assert.Equal(Enumerable.Range(1, 9), report.SelfAssessment.Select(e => e.Section).Distinct().Order());
    }

    /// <summary>Adds complaint I and a compliment to the seeded year, then reads the report until the read model shows I.</summary>
    private static async Task<AnnualReport> SeedMoreAndReportAsync(RunningHost host)
    {
        var i = await TsmYear.LoggedAsync(host, "TEN-R", "2026-12-01 10:00");
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = i.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel", OccurredAt = London("2026-12-02 09:00"),
        }).ResponseAsync;
        var response = TsmYear.Response(i.Id, 1, "2026-12-03 15:00");
        response.Remedies.Add(new Remedy { Kind = RemedyKind.ChangeOfPolicyOrProcess, Description = ImprovementMade });
        await host.Investigation.IssueResponseAsync(response).ResponseAsync;
        await host.Feedback.RecordFeedbackAsync(new RecordFeedbackRequest
        {
            Kind = "Compliment", Channel = Channel.Phone, Text = "The plumber was quick and kind.", ResidentReference = "TEN-R",
            ServiceArea = "Repairs and maintenance", ReceivedAt = London("2026-06-15 10:00"),
        }).ResponseAsync;

        AnnualReport report;
        var attempts = 0;
        do
        {
            if (attempts++ > 0)
                await Task.Delay(100);
            report = (await host.Reporting.GetAnnualReportAsync(new GetAnnualReportRequest { ReportingYear = 2026 }, Caller.Exactly("rita", "report-reader"))).Report;
        }
        while (report.ServiceImprovements.Count == 0 && attempts < 200);
        return report;
    }

    private static string Evidence(AnnualReport report, string provision) =>
        string.Join(" | ", report.SelfAssessment.Single(e => e.ProvisionId == provision).Evidence);

    private static long Bars(HeadlessChromium browser, string chart) =>
        (long)browser.Run($"return document.querySelectorAll('#{chart} rect.bar').length")!;

    private static UpdateSelfAssessmentRequest Answer(string provision, Compliance compliance, string commentary, int? expectedVersion = null)
    {
        var request = new UpdateSelfAssessmentRequest { ReportingYear = 2026, ProvisionId = provision, Compliance = compliance, Commentary = commentary };
        if (expectedVersion is { } version)
            request.ExpectedVersion = version;
        return request;
    }
}
