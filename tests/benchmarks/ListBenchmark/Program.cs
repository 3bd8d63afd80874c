using System.Diagnostics;
using System.Globalization;
using Complaints.Common.V1;
using Complaints.Intake.Api.V1;
using ListBenchmark;

// dotnet run -c Release --project tests/benchmarks/ListBenchmark -- <path to a built Complaints.Host.dll> [counts] [calls]
//   counts: complaints to seed, comma-separated (default 10000,100000); calls: timed calls per list (default 200).
// Prints, per count, how long seeding and the host's start (migrations and backfills) took, then p50 / p99 / max of
// each list. Timings on a shared machine are noisy: compare runs made side by side.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: ListBenchmark <Complaints.Host.dll> [counts=10000,100000] [calls=200]");
    return 2;
}
var hostDll = Path.GetFullPath(args[0]);
var counts = (args.Length > 1 ? args[1] : "10000,100000").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
var calls = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;

Console.WriteLine($"host {hostDll}; {calls} timed calls per list after 5 to warm up; page size 50; load average {LoadAverage()}");
foreach (var count in counts)
{
    var folder = Directory.CreateTempSubdirectory("list-benchmark-").FullName;
    var database = Path.Combine(folder, "complaints.db");
    var now = DateTimeOffset.UtcNow;
    Templates templates;
    await using (var host = await HostProcess.StartAsync(hostDll, database))
        templates = await Seeder.MakeTemplatesAsync(host.Calls, now);
    var seeding = Seeder.Clone(database, templates, count, now);
    var starting = Stopwatch.StartNew();
    await using (var host = await HostProcess.StartAsync(hostDll, database))
    {
        Console.WriteLine($"{count:N0} complaints: seeded in {seeding.TotalSeconds:F1} s; host started (migrations, backfills) in {starting.Elapsed.TotalSeconds:F1} s");
        var intake = new IntakeService.IntakeServiceClient(host.Calls);
        foreach (var (name, request) in Lists())
        {
            var rows = 0;
            var timings = new List<double>();
            for (var call = 0; call < calls + 5; call++)
            {
                var watch = Stopwatch.StartNew();
                rows = (await intake.ListComplaintsAsync(request)).Complaints.Count;
                if (call >= 5)
                    timings.Add(watch.Elapsed.TotalMilliseconds);
            }
            timings.Sort();
            Console.WriteLine($"  {name,-34} p50 {Percentile(timings, 0.50),8:F1} ms   p99 {Percentile(timings, 0.99),8:F1} ms   max {timings[^1],8:F1} ms   ({rows} rows)");
        }
    }
    Directory.Delete(folder, recursive: true);
}
return 0;

static IEnumerable<(string Name, ListComplaintsRequest Request)> Lists() =>
[
    ("unfiltered", new ListComplaintsRequest()),
    ("clock status OVERDUE", new ListComplaintsRequest { ClockStatuses = { ClockStatus.Overdue } }),
    ("clock status DUE_SOON", new ListComplaintsRequest { ClockStatuses = { ClockStatus.DueSoon } }),
    ("stage STAGE1_INVESTIGATING", new ListComplaintsRequest { Stages = { Stage.Stage1Investigating } }),
    ("stages RECEIVED, STAGE1_INVESTIGATING", new ListComplaintsRequest { Stages = { Stage.Received, Stage.Stage1Investigating } }),
    ("officer", new ListComplaintsRequest { NamedOfficer = "Officer 7" }),
    ("officer + OVERDUE", new ListComplaintsRequest { NamedOfficer = "Officer 7", ClockStatuses = { ClockStatus.Overdue } }),
];

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
