using System.Diagnostics;
using System.Globalization;
using Complaints.Common.V1;
using Complaints.Intake.Api.V1;
using ListBenchmark;

// dotnet run -c Release --project tests/benchmarks/ListBenchmark -- <path to a built Complaints.Host.dll> [counts] [calls] [postgres]
//   counts: complaints to seed, comma-separated (default 10000,100000); calls: timed calls per list (default 200);
//   postgres: a PostgreSQL connection string, to measure on PostgreSQL (each count in its own database
//   list_benchmark_<count>, dropped afterwards) instead of a SQLite file.
// Prints, per count, how long seeding and the host's start (migrations and backfills) took, then p50 / p99 / max of
// each list, one call at a time. Timings on a shared machine are noisy: compare runs made side by side.
//
// dotnet ListBenchmark.dll seed <Complaints.Host.dll> <Sqlite|PostgreSql> <connection string> <count>
//   Only seeds (for tests/benchmarks/scale.sh, which then starts the host and drives it with h2load) and prints
//   "seeded <count> complaints in <seconds> s".
if (args is ["seed", var dll, var provider, var connectionString, var size])
{
    var database = new Database(provider, connectionString);
    var seconds = (await SeedAsync(Path.GetFullPath(dll), database, int.Parse(size, CultureInfo.InvariantCulture), DateTimeOffset.UtcNow)).TotalSeconds;
    Console.WriteLine($"seeded {int.Parse(size, CultureInfo.InvariantCulture)} complaints in {seconds.ToString("F1", CultureInfo.InvariantCulture)} s");
    return 0;
}
if (args.Length is < 1 or > 4)
{
    Console.Error.WriteLine("usage: ListBenchmark <Complaints.Host.dll> [counts=10000,100000] [calls=200] [postgres connection string]");
    Console.Error.WriteLine("       ListBenchmark seed <Complaints.Host.dll> <Sqlite|PostgreSql> <connection string> <count>");
    return 2;
}
var hostDll = Path.GetFullPath(args[0]);
var counts = (args.Length > 1 ? args[1] : "10000,100000").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
var calls = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
var postgres = args.Length > 3 ? args[3] : null;

Console.WriteLine($"host {hostDll} on {(postgres is null ? "SQLite" : "PostgreSQL")}; {calls} timed calls per list after 5 to warm up; page size 50; load average {LoadAverage()}");
foreach (var count in counts)
{
    var folder = Directory.CreateTempSubdirectory("list-benchmark-").FullName;
    var database = postgres is null
        ? Database.Sqlite(Path.Combine(folder, "complaints.db"))
        : Database.OnPostgresServer(postgres, $"list_benchmark_{count}");
    database.Create();
    var seeding = await SeedAsync(hostDll, database, count, DateTimeOffset.UtcNow);
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
    database.Drop();
    Directory.Delete(folder, recursive: true);
}
return 0;

// Three complaints through the API on a fresh database (the host makes its schema), then cloned with the host stopped.
static async Task<TimeSpan> SeedAsync(string hostDll, Database database, int count, DateTimeOffset now)
{
    Templates templates;
    await using (var host = await HostProcess.StartAsync(hostDll, database))
        templates = await Seeder.MakeTemplatesAsync(host.Calls, now);
    return Seeder.Clone(database, templates, count, now);
}

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
