using System.Diagnostics;
using System.Globalization;
using Complaints.Reporting.Api.V1;
using Grpc.Core.Interceptors;
using ListBenchmark;
using TsmBenchmark;

// dotnet run -c Release --project tests/benchmarks/TsmBenchmark -- <Complaints.Host.dll> <postgres connection string> [projector complaints=3000] [TSM complaints=1000000]
// 1. Projector: writes 9 events per complaint straight into kernel_events (a stage 1 journey: logged, four stage
//    changes, two settled clocks, a response, a stock type), then times the host's projector applying them, first with
//    EventLog:BatchSize=1 (one event per transaction, as the projector worked before pages) and then with the default
//    page; prints events applied per second for each.
// 2. Scale (issue 18): fills the read models with N complaints of reporting year 2025 set-wise (every stock type,
//    channel and category; declined, withdrawn, escalated, late and extended responses; themes, service improvements,
//    paid awards), writes their nine events each into kernel_events, then times GetTenantSatisfactionMeasures (figures
//    only, then with the first page of lines; 20 calls after 3) and the annual report as data and as its page (10 after 2).
// Timings on a shared machine are noisy: compare runs made side by side.
if (args.Length is < 2 or > 4)
{
    Console.Error.WriteLine("usage: TsmBenchmark <Complaints.Host.dll> <postgres connection string> [projector complaints=3000] [TSM complaints=1000000]");
    return 2;
}
var hostDll = Path.GetFullPath(args[0]);
var projectorComplaints = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3000;
var tsmComplaints = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1_000_000;
var database = Database.OnPostgresServer(args[1], "tsm_benchmark");
database.Create();
Console.WriteLine($"host {hostDll} on PostgreSQL; load average {LoadAverage()}");

// The host makes the schema; the projector stays off while the log is written.
await using (await HostProcess.StartAsync(hostDll, database, "--Reporting:FollowEventLog=false"))
{
}
var events = EventSeeder.Write(database, projectorComplaints);
foreach (var batch in new[] { 1, 200 })
{
    EventSeeder.ResetReadModel(database);
    var watch = Stopwatch.StartNew();
    await using (await HostProcess.StartAsync(hostDll, database, $"--EventLog:BatchSize={batch}"))
    {
        var (applied, seconds) = await EventSeeder.TimeProjectorAsync(database, events);
        Console.WriteLine($"projector, {batch,3} event(s) a transaction: {applied:N0} events in {seconds:F1} s = {applied / seconds:N0} events/s (host up {watch.Elapsed.TotalSeconds:F1} s)");
    }
}

var seeding = Stopwatch.StartNew();
ReadModelSeeder.Fill(database, tsmComplaints);
Console.WriteLine($"reporting_complaints: {tsmComplaints:N0} complaints of reporting year 2025 written and analysed in {seeding.Elapsed.TotalSeconds:F1} s");
// Their events too, received through the same year, as the modules would have logged them (the read model above is
// what the projector makes of such a log; it is filled set-wise because applying nine million events takes hours).
seeding.Restart();
var lastEvent = EventSeeder.Write(database, tsmComplaints, TimeSpan.FromDays(364) / tsmComplaints);
Console.WriteLine($"kernel_events: {lastEvent:N0} events in the log after writing {tsmComplaints * 9L:N0} in {seeding.Elapsed.TotalSeconds:F1} s");
await using (var host = await HostProcess.StartAsync(hostDll, database, "--Reporting:FollowEventLog=false",
    "--Reporting:LowCostRentalHomes=400000", "--Reporting:LowCostHomeOwnershipHomes=100000"))
{
    var reporting = new ReportingService.ReportingServiceClient(host.Channel.Intercept(metadata =>
    {
        metadata.Add("x-actor-id", "benchmark");
        metadata.Add("x-actor-roles", "report-reader");
        return metadata;
    }));
    foreach (var (name, request) in new[]
    {
        ("figures only", new GetTenantSatisfactionMeasuresRequest { ReportingYear = 2025 }),
        ("figures + 200 lines", new GetTenantSatisfactionMeasuresRequest { ReportingYear = 2025, IncludeLines = true }),
    })
    {
        var timings = new List<double>();
        GetTenantSatisfactionMeasuresResponse answer = null!;
        for (var call = 0; call < 23; call++)
        {
            var watch = Stopwatch.StartNew();
            answer = await reporting.GetTenantSatisfactionMeasuresAsync(request);
            if (call >= 3)
                timings.Add(watch.Elapsed.TotalMilliseconds);
        }
        timings.Sort();
        Console.WriteLine($"GetTenantSatisfactionMeasures {name,-20} p50 {timings[timings.Count / 2],7:F1} ms  max {timings[^1],7:F1} ms  " +
            $"(CH01-1 {answer.Ch01Stage1.Numerator:N0} complaints = {answer.Ch01Stage1.Value}; CH02-1 {answer.Ch02Stage1.Value}% of {answer.Ch02Stage1.Denominator:N0}; {answer.Lines.Count} lines)");
    }
    await TimeAnnualReportAsync(reporting);
}
database.Drop();
return 0;

// The annual report on the same year: as data (GetAnnualReport) and as its page, 10 calls each after 2 to warm up.
static async Task TimeAnnualReportAsync(ReportingService.ReportingServiceClient reporting)
{
    foreach (var (name, call) in new (string, Func<Task<int>>)[]
    {
        ("GetAnnualReport", async () => (await reporting.GetAnnualReportAsync(new GetAnnualReportRequest { ReportingYear = 2025 })).Report.Volumes.Stage1Received),
        ("GetAnnualReportPage", async () => (await reporting.GetAnnualReportPageAsync(new GetAnnualReportPageRequest { ReportingYear = 2025 })).Data.Length),
    })
    {
        var timings = new List<double>();
        var answer = 0;
        for (var attempt = 0; attempt < 12; attempt++)
        {
            var watch = Stopwatch.StartNew();
            answer = await call();
            if (attempt >= 2)
                timings.Add(watch.Elapsed.TotalMilliseconds);
        }
        timings.Sort();
        Console.WriteLine($"{name,-20} p50 {timings[timings.Count / 2],8:F1} ms  max {timings[^1],8:F1} ms  ({(name == "GetAnnualReport" ? $"{answer:N0} stage 1 complaints" : $"{answer:N0} bytes of HTML")})");
    }
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
