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
// 2. TSM: fills reporting_complaints with N complaints set-wise (two reporting years, every stock type, declined,
//    withdrawn, escalated, late and extended responses mixed in), then times GetTenantSatisfactionMeasures for one year
//    (figures only, then with the first page of lines), 20 calls after 3 to warm up.
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
Console.WriteLine($"reporting_complaints: {tsmComplaints:N0} complaints written and analysed in {seeding.Elapsed.TotalSeconds:F1} s");
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
}
database.Drop();
return 0;

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
