using System.Collections.Concurrent;
using Complaints.AccessApi.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Grpc.Core;
using Npgsql;
using Xunit.Abstractions;

namespace Complaints.EndToEnd.Tests.ScaleOut;

/// <summary>
/// Three host processes on one PostgreSQL database, sixteen clients spread across them, and the host running the
/// sweeps killed outright a quarter of the way through the load. Clients whose call died with the host send it again, with the same
/// idempotency key, to another host. Afterwards: every acknowledged complaint is stored as acknowledged, no reference
/// repeats, two hosts given one key at once agree, a survivor runs the sweeps, and the audit chain is unbroken.
/// </summary>
public sealed class ThreeHostsTests(ITestOutputHelper output)
{
    private const int Workers = 16;

    private const int CallsPerWorker = 12;

    private static readonly StatusCode[] DefinedAnswers = [StatusCode.OK, StatusCode.Aborted, StatusCode.AlreadyExists, StatusCode.FailedPrecondition];

    [Fact]
    public async Task OneHostKilledUnderLoad_LosesNothingAcknowledged_AndTheOthersCarryOn()
    {
        await using var database = await TestDatabase.CreateAsync("PostgreSql");
        string[] shared =
        [
            "--Database:Provider=PostgreSql", $"--Database:ConnectionString={database.ConnectionString}",
            "--Investigation:NoReplySweep:Interval=00:00:01", "--Retention:Sweep:Interval=00:00:01",
        ];
        var hosts = new List<HostProcess> { await HostProcess.StartAsync(shared) }; // the first migrates the database
        hosts.AddRange(await Task.WhenAll(HostProcess.StartAsync(shared), HostProcess.StartAsync(shared)));
        try
        {
            var victim = await SweepHolderAsync(database, hosts, except: null);
            var acknowledged = new ConcurrentDictionary<string, Complaint>();
            var undefined = new ConcurrentBag<string>();
            var resent = new ConcurrentBag<string>();
            // Measured in work, not time, so a slow machine runs the same test: the kill comes once a quarter of the
            // calls are answered, with the rest still to come.
            var killer = Task.Run(async () =>
            {
                while (acknowledged.Count < Workers * CallsPerWorker / 4)
                    await Task.Delay(20);
                victim.Kill();
            });
            await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
            {
                for (var n = 0; n < CallsPerWorker; n++)
                {
                    if (n % 4 == 3)
                        await RaceOneKeyAsync(hosts, $"race-{worker}-{n}", acknowledged, undefined, resent);
                    else
                        await LogAsync(hosts, worker + n, $"w{worker}-{n}", acknowledged, undefined, resent);
                }
            })));
            await killer;
            var survivor = hosts.First(h => !h.Killed);
            output.WriteLine($"{acknowledged.Count} complaints acknowledged; {resent.Count} calls died with process " +
                $"{victim.ProcessId} and were sent again; {acknowledged.Keys.Count(k => k.StartsWith("race", StringComparison.Ordinal))} keys sent to two hosts at once.");

            Assert.Empty(undefined);
            Assert.Equal(Workers * CallsPerWorker, acknowledged.Count);
            foreach (var (key, complaint) in acknowledged)
            {
                var stored = (await survivor.Intake.GetComplaintAsync(new GetComplaintRequest { Id = complaint.Id })).Complaint;
                Assert.Equal((complaint.Reference, $"Complaint {key}"), (stored.Reference, stored.Description));
            }
            var (rows, references) = await CountAsync(database, """SELECT count(*), count(DISTINCT "Reference") FROM intake_complaints""");
            Assert.Equal(rows, references);
            Assert.Equal(acknowledged.Count, rows); // every call was answered in the end, none stored twice
            var successor = await SweepHolderAsync(database, hosts, except: victim);
            Assert.NotEqual(victim.ProcessId, successor.ProcessId);
            var audit = await new AuditService.AuditServiceClient(survivor.Channel)
                .VerifyAuditTrailAsync(new VerifyAuditTrailRequest(), Caller.Exactly("aud", "auditor"));
            Assert.Equal(0, audit.FirstBrokenEntry);
        }
        finally
        {
            foreach (var host in hosts)
                await host.DisposeAsync();
        }
    }

    /// <summary>Logs one complaint, sending it again to the next host while the one asked has died under it.</summary>
    private static async Task LogAsync(
        List<HostProcess> hosts, int spread, string key, ConcurrentDictionary<string, Complaint> acknowledged, ConcurrentBag<string> undefined, ConcurrentBag<string> resent)
    {
        var request = IntakeMethods.ValidRequest($"Complaint {key}");
        request.IdempotencyKey = key;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var host = hosts[(spread + attempt) % hosts.Count];
            if (host.Killed && attempt < 5)
                continue;
            try
            {
                acknowledged[key] = (await host.Intake.LogComplaintAsync(request, deadline: DateTime.UtcNow.AddSeconds(20))).Complaint;
                return;
            }
            catch (RpcException) when (host.Killed)
            {
                resent.Add(key); // the call died with its host: its outcome is unknown to us, so it is sent again with the same key
            }
            catch (RpcException e)
            {
                undefined.Add($"{key} on {host.Address}: {e.StatusCode} {e.Status.Detail}");
                return;
            }
        }
        undefined.Add($"{key}: no host took it");
    }

    /// <summary>The same key to two live hosts at once: both answers are defined, and any two successes are the same complaint.</summary>
    private static async Task RaceOneKeyAsync(
        List<HostProcess> hosts, string key, ConcurrentDictionary<string, Complaint> acknowledged, ConcurrentBag<string> undefined, ConcurrentBag<string> resent)
    {
        var live = hosts.Where(h => !h.Killed).Take(2).ToList();
        var request = IntakeMethods.ValidRequest($"Complaint {key}");
        request.IdempotencyKey = key;
        var answers = await Task.WhenAll(live.Select(async host =>
        {
            try
            {
                return (Status: StatusCode.OK, Complaint: (await host.Intake.LogComplaintAsync(request, deadline: DateTime.UtcNow.AddSeconds(20))).Complaint, Host: host);
            }
            catch (RpcException e)
            {
                return (Status: e.StatusCode, Complaint: (Complaint?)null, Host: host);
            }
        }));
        foreach (var answer in answers.Where(a => !DefinedAnswers.Contains(a.Status) && !a.Host.Killed))
            undefined.Add($"{key} raced on {answer.Host.Address}: {answer.Status}");
        var stored = answers.Where(a => a.Complaint is not null).Select(a => a.Complaint!).ToList();
        if (stored.Select(c => c.Id).Distinct().Count() > 1)
            undefined.Add($"{key} raced: two complaints {string.Join(", ", stored.Select(c => c.Reference))}");
        if (stored.Count > 0)
            acknowledged[key] = stored[0];
        else
            await LogAsync(hosts, 0, key, acknowledged, undefined, resent); // neither answered (one host died under it): ask again
    }

    /// <summary>The host holding the no-reply sweep's lease (waiting for one other than <paramref name="except"/> to take it).</summary>
    private static async Task<HostProcess> SweepHolderAsync(TestDatabase database, List<HostProcess> hosts, HostProcess? except)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < until)
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""SELECT "Holder" FROM kernel_leases WHERE "Name" = 'sweep:no-reply' AND "ExpiresAt" > now()""", connection);
            if (await command.ExecuteScalarAsync() is string holder
                && hosts.FirstOrDefault(h => holder.Contains($"/{h.ProcessId}/", StringComparison.Ordinal)) is { } host && host != except && !host.Killed)
                return host;
            await Task.Delay(250);
        }
        throw new TimeoutException($"No live host took the no-reply sweep's lease{(except is null ? "" : $" from process {except.ProcessId}")}.");
    }

    private static async Task<(long, long)> CountAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
