using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Intake.Contracts;
using Complaints.Reporting.Api.V1;
using Complaints.Reporting.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static Complaints.EndToEnd.Tests.Feedback.FeedbackData;

namespace Complaints.EndToEnd.Tests.Feedback;

/// <summary>
/// <see cref="IFeedbackCounts"/> against figures worked by hand for reporting year 2026 (from 1 April 2026 00:00 BST,
/// 31 March 23:00 UTC), months counted in London time:
/// <list type="bullet">
/// <item>compliment 31 Mar 2026 23:30 BST: the year before, left out;</item>
/// <item>compliment 1 Apr 00:30 BST (still 31 March in UTC) and compliment 15 Apr: April, 2;</item>
/// <item>general feedback 20 Apr: April, 1;</item>
/// <item>general feedback 10 Jun, logged as a complaint: counted as the complaint, left out;</item>
/// <item>compliment 30 Jun 23:30 BST: June, 1;</item>
/// <item>general feedback 1 Jul 00:30 BST (30 June 23:30 UTC): July, 1.</item>
/// </list>
/// </summary>
public sealed class FeedbackCountsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CountByMonth_ForAReportingYear_MatchesCountsWorkedByHandInLondonMonths(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        await RecordAsync(host, Request("Compliment", receivedAt: When.London("2026-03-31 23:30")));
        await RecordAsync(host, Request("Compliment", receivedAt: When.London("2026-04-01 00:30")));
        await RecordAsync(host, Request("Compliment", receivedAt: When.London("2026-04-15 10:00")));
        await RecordAsync(host, Request("GeneralFeedback", receivedAt: When.London("2026-04-20 10:00")));
        var dissatisfied = await RecordAsync(host, Request("GeneralFeedback", "Nobody came", receivedAt: When.London("2026-06-10 10:00")));
        await host.Feedback.LogFeedbackAsComplaintAsync(new LogFeedbackAsComplaintRequest { FeedbackId = dissatisfied.Id }).ResponseAsync;
        await RecordAsync(host, Request("Compliment", receivedAt: When.London("2026-06-30 23:30")));
        await RecordAsync(host, Request("GeneralFeedback", receivedAt: When.London("2026-07-01 00:30")));
        var year = new ReportingYear(2026);

        var counts = await CountsAsync(host, year.From, year.Until);

        Assert.Equal(
            [(2026, 4, "Compliment", true, 2), (2026, 4, "GeneralFeedback", false, 1), (2026, 6, "Compliment", true, 1), (2026, 7, "GeneralFeedback", false, 1)],
            counts.Select(c => (c.Year, c.Month, c.Kind, c.IsCompliment, c.Count)));
    }

    [Fact]
    public async Task Compliment_IsNeverCountedInTheTenantSatisfactionMeasures_FeedbackLoggedAsAComplaintIs()
    {
        await using var host = await RunningHost.StartAsync("--Reporting:LowCostRentalHomes=1000");
        await RecordAsync(host, Request("Compliment"));
        var dissatisfied = await RecordAsync(host, Request("GeneralFeedback", "The repair was botched"));
        var fromFeedback = (await host.Feedback.LogFeedbackAsComplaintAsync(new LogFeedbackAsComplaintRequest { FeedbackId = dissatisfied.Id }).ResponseAsync).Complaint;
        await AcknowledgeAsync(host, fromFeedback.Id);
        await RecordAsync(host, Request("Compliment", "Thanks for sorting it"));
        // Logged last: once the read models count it, every event before it (the compliments' too) has been applied.
        var marker = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;
        await AcknowledgeAsync(host, marker.Id);

        var measures = await MeasuresAsync(host, caughtUp: m => m.Ch01Stage1.Numerator >= 2);

        Assert.Equal(new[] { fromFeedback.Reference, marker.Reference }.Order(StringComparer.Ordinal),
            measures.Lines.Where(l => l.Ch01Stage1).Select(l => l.Reference).Order(StringComparer.Ordinal));
        Assert.Equal((2, 2.0), (measures.Ch01Stage1.Numerator, measures.Ch01Stage1.Value));
    }

    public static async Task<IReadOnlyList<FeedbackMonthCount>> CountsAsync(RunningHost host, DateTimeOffset from, DateTimeOffset until)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IFeedbackCounts>().CountByMonthAsync(from, until, CancellationToken.None);
    }

    private static Task AcknowledgeAsync(RunningHost host, string complaintId) =>
        host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaintId, ComplaintDefinition = "Botched repair", NamedOfficer = "Sam Patel",
        }).ResponseAsync;

    /// <summary>The read models catch up with the log shortly after a commit: ask until the figures show it.</summary>
    private static async Task<GetTenantSatisfactionMeasuresResponse> MeasuresAsync(RunningHost host, Func<GetTenantSatisfactionMeasuresResponse, bool> caughtUp)
    {
        var request = new GetTenantSatisfactionMeasuresRequest { ReportingYear = LondonYearStarting(DateTimeOffset.UtcNow), IncludeLines = true };
        for (var attempt = 0; ; attempt++)
        {
            var measures = await host.Reporting.GetTenantSatisfactionMeasuresAsync(request, Caller.Exactly("rita", "report-reader")).ResponseAsync;
            if (caughtUp(measures) || attempt >= 100)
                return measures;
            await Task.Delay(100);
        }
    }

    private static int LondonYearStarting(DateTimeOffset now) =>
        new ReportingYear(now.Year).Contains(now) ? now.Year : now.Year - 1;
}
