using Complaints.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Complaints.EndToEnd.Tests.Fuzz;

/// <summary>
/// Issue 13's fuzz: every unary RPC the host serves, found through its reflection service, sent empty and plausible
/// requests, every field set in turn to hostile and clumsy values, oversized lists, 5 MiB, random bytes and truncated
/// messages and frames, on SQLite and PostgreSQL. Every answer is a defined status (INVALID_ARGUMENT naming the field
/// where a field is at fault, RESOURCE_EXHAUSTED for size, the library's own answer for a body that does not decode),
/// never a hang or a lost connection; a refused call leaves the database as it was; afterwards every read answers.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryRpc_AnswersHostileInputWithADefinedStatus_AndStoresNothingItRefused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var hms = await FuzzSeed.HousingSystemAsync();
        // Nothing is delivered after commit, nor sent to the HMS: what a subscriber or the webhook sender writes then is
        // not what a refused call left behind. No rate limit: the fuzz calls faster than a caller may (RateLimitTests).
        await using var host = await RunningHost.StartOnAsync(database,
            [.. hms.HostArgs, "--Outbox:DispatcherEnabled=false", "--HousingSystem:Webhooks:Enabled=false", "--Reporting:FollowEventLog=false", "--Limits:CallsPerSecondPerCaller=0"]);
        var methods = await ServedMethods.DiscoverAsync(host.Channel.CreateCallInvoker());
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);
        var plausible = new PlausibleRequests(await FuzzSeed.PlantAsync(host, today));
        var variants = new FuzzVariants(plausible);
        await using var rows = await RowCounts.OpenAsync(database);
        var caller = new FuzzCaller(host);
        var run = new FuzzRun(caller, rows, methods.FirstOrDefault(m => m.IsRead && m.Input.Fields.InDeclarationOrder().Count == 0));
        var result = new FuzzResult(provider) { Methods = methods.Count };

        var reads = await run.ReadsThatAnswerAsync(methods.Where(m => m.IsRead), plausible, result);

        await run.RunAsync(methods.SelectMany(variants.For), result);
        await run.ReadAgainAsync(reads, result);

        var report = FuzzReport.Format(result);
        output.WriteLine($"{report}\n(written to {FuzzReport.Write(result)})");
        Assert.Contains(methods, m => m.Name == "IntakeService/LogComplaint"); // the discovery found the product, not only the libraries
        Assert.True(result.Failures.Count == 0, report.Length <= 60_000 ? report : report[..60_000] + "\n… (the whole report is in tests/TestResults)");
    }
}
