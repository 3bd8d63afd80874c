using System.Diagnostics;
using System.Globalization;
using System.Text;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.Reporting.Api.V1;
using Grpc.Core;
using Xunit.Abstractions;

namespace Complaints.EndToEnd.Tests.Reporting;

/// <summary>
/// ListWorkQueue over a few thousand open complaints made through the API (received over four weeks, one in ten
/// acknowledged and assigned to one of ten officers in two teams): prints what each read takes, asserts only what it
/// returns. The times go to the test output and to tests/TestResults/work-queue-&lt;provider&gt;.txt.
/// </summary>
public sealed class WorkQueueScaleTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Today = new(2027, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static int Count => int.TryParse(Environment.GetEnvironmentVariable("WORK_QUEUE_COMPLAINTS"), out var n) ? n : 3000;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListWorkQueue_OverThousandsOfOpenComplaints_PrintsItsTimes(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartAtAsync(Today, $"--Database:Provider={database.Provider}",
            $"--Database:ConnectionString={database.ConnectionString}", "--Limits:CallsPerSecondPerCaller=1000000", "--Limits:BurstPerCaller=1000000",
            "--Reporting:FollowEventLog=false");
        var seeding = Stopwatch.StartNew();
        var assigned = await SeedAsync(host, Count);
        seeding.Stop();
        var report = new StringBuilder($"{provider}: {Count} open complaints ({assigned} assigned) seeded through the API in {seeding.Elapsed.TotalSeconds:0.0} s\n");
        var asOf = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(Today);

        var first = await TimedAsync(report, "first page of 50, everything open", host, new ListWorkQueueRequest { AsOf = asOf });
        await TimedAsync(report, "first page, overdue", host, new ListWorkQueueRequest { AsOf = asOf, Statuses = { WorkItemStatus.Overdue } });
        await TimedAsync(report, "first page, due soon", host, new ListWorkQueueRequest { AsOf = asOf, Statuses = { WorkItemStatus.DueSoon } });
        var officer = await TimedAsync(report, "one officer", host, new ListWorkQueueRequest { AsOf = asOf, OfficerId = "officer-3" });
        await TimedAsync(report, "one team, overdue", host, new ListWorkQueueRequest { AsOf = asOf, Team = "Repairs", Statuses = { WorkItemStatus.Overdue } });
        var walk = Stopwatch.StartNew();
        var all = 0;
        var pages = 0;
        var request = new ListWorkQueueRequest { AsOf = asOf, PageSize = 200 };
        do
        {
            var page = await host.WorkQueue.ListWorkQueueAsync(request, Caller.As("hana")).ResponseAsync;
            all += page.Items.Count;
            pages++;
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        walk.Stop();
        report.AppendLine(CultureInfo.InvariantCulture, $"  every page of 200 ({pages} pages, {all} items): {walk.Elapsed.TotalMilliseconds:0} ms, {walk.Elapsed.TotalMilliseconds / pages:0.0} ms a page");

        output.WriteLine(report.ToString());
        var folder = Path.Combine(RepoPaths.Root, "tests", "TestResults");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, $"work-queue-{provider.ToLowerInvariant()}.txt"), report.ToString());
        Assert.Equal(Count, all);
        Assert.Equal(50, first.Items.Count);
        Assert.All(officer.Items, i => Assert.Equal("officer-3", i.OfficerId));
        Assert.Equal(Count / 10 / 10, officer.Items.Count);
    }

    /// <summary>Logs <paramref name="count"/> complaints from eight callers at once; every tenth is acknowledged and assigned.</summary>
    private static async Task<int> SeedAsync(RunningHost host, int count)
    {
        var assigned = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, cancellationToken) =>
        {
            var log = IntakeMethods.ValidRequest($"Complaint {i}");
            log.ReceivedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(Today.AddDays(-28).AddMinutes(i * 28.0 * 24 * 60 / count));
            var complaint = (await host.Intake.LogComplaintAsync(log, cancellationToken: cancellationToken).ResponseAsync).Complaint;
            if (i % 10 != 0)
                return;
            await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
            {
                ComplaintId = complaint.Id, ComplaintDefinition = "Boiler", NamedOfficer = "An officer", OccurredAt = log.ReceivedAt,
            }, cancellationToken: cancellationToken).ResponseAsync;
            var officer = i / 10 % 10;
            await host.Investigation.AssignOfficerAsync(new AssignOfficerRequest
            {
                ComplaintId = complaint.Id, Stage = 1, ServiceAreaComplainedAbout = "Repairs",
                Officer = new Officer { Id = $"officer-{officer}", Name = $"Officer {officer}", Seniority = Seniority.Officer, ServiceArea = officer < 5 ? "Repairs" : "Housing" },
            }, cancellationToken: cancellationToken).ResponseAsync;
            Interlocked.Increment(ref assigned);
        });
        return assigned;
    }

    /// <summary>The first page of <paramref name="request"/>, timed over five calls after one to warm up: the median.</summary>
    private static async Task<ListWorkQueueResponse> TimedAsync(StringBuilder report, string what, RunningHost host, ListWorkQueueRequest request)
    {
        var page = await host.WorkQueue.ListWorkQueueAsync(request, Caller.As("hana")).ResponseAsync;
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            page = await host.WorkQueue.ListWorkQueueAsync(request, Caller.As("hana")).ResponseAsync;
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        report.AppendLine(CultureInfo.InvariantCulture, $"  {what}: {times[2]:0.0} ms median of 5 ({page.Items.Count} items)");
        return page;
    }
}
