using System.Text.Json;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.EndToEnd.Tests.Plugins;
using Complaints.HousingSystem.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Complaints.EndToEnd.Tests.HousingSystem;

/// <summary>
/// The product's events sent to the housing management system as webhooks: every event, signed, in order, retried
/// when the HMS fails, dead-lettered when it keeps failing, and sent again on an administrator's request.
/// </summary>
public sealed class WebhookTests
{
    private static readonly string[] FastRetries =
        ["--HousingSystem:Webhooks:RetryBaseDelay=00:00:00.05", "--HousingSystem:Webhooks:RetryMaxDelay=00:00:00.2"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AComplaintFromLoggingToClosure_ReachesTheHms_EveryEventSignedAndInOrder_OneFailureRetried_OneReplayed(string provider)
    {
        await using var scenario = await HmsScenario.StartAsync(provider, FastRetries);
        scenario.Hms.RefuseNextEvents(1); // the first post fails: the HMS must still get everything, in order

        var complaint = await DropInStepTests.RespondedAsync(scenario.Host);
        await scenario.Host.Investigation.CloseComplaintAsync(DropInStepTests.Close(complaint, "Resolved")).ResponseAsync;
        var received = await ReceivedAsync(scenario, events => events.Any(e => e.Accepted && Stage(e) == "Closed"));

        Assert.All(received, e => Assert.True(scenario.Hms.IsSigned(e), $"event {e.Id} is not signed with the shared secret"));
        var refused = Assert.Single(received, e => !e.Accepted);
        var accepted = received.Where(e => e.Accepted).ToList();
        Assert.Equal(refused.Id, accepted[0].Id); // retried before anything after it was sent
        // Every event of the log, once each and in id order, from the first.
        Assert.Equal(Enumerable.Range(1, accepted.Count).Select(i => (long)i), accepted.Select(e => e.Id));
        Assert.Equal("complaints.intake.v1.ComplaintLogged", accepted[0].Type);
        var stages = accepted.Where(e => e.Type == "complaints.lifecycle.v1.ComplaintStageChanged").Select(Stage).ToList();
        Assert.Equal("Received", stages[0]);
        Assert.Contains("Stage1Investigating", stages);
        Assert.Equal(["Stage1Responded", "Closed"], stages[^2..]);
        Assert.All(accepted, e => Assert.Equal(complaint, Payload(e).GetProperty("complaintId").GetString()));

        // The HMS lost the closure: an administrator sends it again.
        var closure = accepted.Last();
        var replay = await scenario.Host.HousingSystem.ReplayWebhooksAsync(new ReplayWebhooksRequest { EventIds = { closure.Id } }).ResponseAsync;
        var again = await ReceivedAsync(scenario, events => events.Any(e => e.Replay));

        Assert.Equal([closure.Id], replay.EventIds);
        var replayed = Assert.Single(again, e => e.Replay);
        Assert.Equal((closure.Id, closure.Type, true), (replayed.Id, replayed.Type, scenario.Hms.IsSigned(replayed)));
        // The HMS may hear the replay a moment before its delivery row commits: read until it has.
        var deliveries = (await HmsScenario.Eventually(() => scenario.Host.HousingSystem.ListWebhookDeliveriesAsync(new ListWebhookDeliveriesRequest()).ResponseAsync,
            r => r.Deliveries.Any(d => d.EventId == closure.Id && d.Replay))).Deliveries;
        Assert.Equal(2, deliveries.Single(d => d.EventId == refused.Id).Attempts);
        Assert.Contains(deliveries, d => d.EventId == closure.Id && d.Replay);
    }

    [Fact]
    public async Task AnEventTheHmsKeepsRefusing_IsDeadLettered_TheRestStillGo_AndAReplaySinceAnInstantSendsItAgain()
    {
        await using var scenario = await HmsScenario.StartAsync("Sqlite", [.. FastRetries, "--HousingSystem:Webhooks:MaxAttempts=3"]);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        scenario.Hms.RefuseNextEvents(3);

        await scenario.LogAsync("TEN-1", "PROP-1");
        var received = await ReceivedAsync(scenario, events => events.Count(e => e.Accepted) >= 1);
        var deadLetters = await HmsScenario.Eventually(
            () => scenario.Host.HousingSystem.ListWebhookDeliveriesAsync(new ListWebhookDeliveriesRequest { Outcome = WebhookOutcome.DeadLettered }).ResponseAsync,
            answer => answer.Deliveries.Count == 1);

        var dead = Assert.Single(deadLetters.Deliveries);
        Assert.Equal((1L, 3, "complaints.intake.v1.ComplaintLogged"), (dead.EventId, dead.Attempts, dead.EventType));
        Assert.Contains("500", dead.LastError);
        Assert.Equal(2, received.First(e => e.Accepted).Id); // the sender moved on

        var replay = await scenario.Host.HousingSystem.ReplayWebhooksAsync(new ReplayWebhooksRequest { Since = Timestamp.FromDateTimeOffset(before) }).ResponseAsync;
        var again = await ReceivedAsync(scenario, events => events.Count(e => e.Replay && e.Accepted) == replay.EventIds.Count);

        Assert.Equal(1, replay.EventIds[0]);
        Assert.Equal(replay.EventIds, again.Where(e => e.Replay).Select(e => e.Id));
    }

    [Fact]
    public async Task AReplayOfAnEventThatDoesNotExist_IsNotFound_AndOneWithNothingToReplay_IsInvalid()
    {
        await using var scenario = await HmsScenario.StartAsync("Sqlite");

        var unknown = await Assert.ThrowsAsync<RpcException>(() =>
            scenario.Host.HousingSystem.ReplayWebhooksAsync(new ReplayWebhooksRequest { EventIds = { 999 } }).ResponseAsync);
        var nothing = await Assert.ThrowsAsync<RpcException>(() => scenario.Host.HousingSystem.ReplayWebhooksAsync(new ReplayWebhooksRequest()).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, nothing.StatusCode);
    }

    [Fact]
    public async Task AnHmsConnectedToAProductInUse_WithStartFromLatest_GetsOnlyWhatHappensAfter()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        string before;
        await using (var unconnected = await RunningHost.StartOnAsync(database))
            before = (await unconnected.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint.Id;
        await using var hms = await Complaints.Testing.StubHousingSystem.StartAsync();
        await using var host = await RunningHost.StartOnAsync(database, [.. hms.HostArgs, "--HousingSystem:Webhooks:StartFrom=Latest"]);
        // "Latest" is the log's end when the sender first runs, a moment after the host starts: wait for its cursor.
        await HmsScenario.Eventually(() => CursorsAsync(database), count => count == 1);

        var after = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint.Id;
        var received = await HmsScenario.Eventually(() => Task.FromResult(hms.Events), events => events.Count(e => e.Accepted) >= 2);

        Assert.All(received, e => Assert.Equal(after, Payload(e).GetProperty("complaintId").GetString()));
        Assert.DoesNotContain(received, e => Payload(e).GetProperty("complaintId").GetString() == before);
        Assert.Equal(["complaints.intake.v1.ComplaintLogged", "complaints.lifecycle.v1.ComplaintStageChanged"], received.Select(e => e.Type));
    }

    private static async Task<long> CursorsAsync(TestDatabase database)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM housingsystem_webhook_cursor";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static Task<IReadOnlyList<Complaints.Testing.ReceivedEvent>> ReceivedAsync(HmsScenario scenario, Func<IReadOnlyList<Complaints.Testing.ReceivedEvent>, bool> done) =>
        HmsScenario.Eventually(() => Task.FromResult(scenario.Hms.Events), done);

    private static JsonElement Payload(Complaints.Testing.ReceivedEvent received) =>
        JsonDocument.Parse(received.Body).RootElement.GetProperty("payload");

    private static string? Stage(Complaints.Testing.ReceivedEvent received) =>
        received.Type == "complaints.lifecycle.v1.ComplaintStageChanged" ? Payload(received).GetProperty("to").GetString() : null;
}
