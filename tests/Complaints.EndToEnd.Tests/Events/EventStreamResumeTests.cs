using System.Collections.Concurrent;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.EventsApi.V1;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.Lifecycle.Contracts;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Complaints.EndToEnd.Tests.Events;

/// <summary>
/// A subscriber that hangs up after a few events and resumes after the last id it received, again and again, while
/// sixteen writers log complaints and ask for stage 2 at once. Escalations of different complaints share no lock, so on
/// PostgreSQL their ids commit out of order: a stream that moved its cursor past an id still in flight would lose that
/// event for good, and one that resent what it had sent would repeat it.
/// </summary>
public sealed class EventStreamResumeTests(ITestOutputHelper output)
{
    private const int Writers = 16;
    private const int CallsPerWriter = 10;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Subscribe_ResumedAfterEachHangUp_WhileManyWritersWrite_GetsEveryEventOnce_InIdOrder(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var gapWaits = new LogCounter("a later event committed first");
        await using var host = await RunningHost.StartWithAsync(builder => builder.Logging.AddProvider(gapWaits),
            $"--Database:Provider={database.Provider}", $"--Database:ConnectionString={database.ConnectionString}", "--Logging:LogLevel:Complaints.Host.Events=Debug");
        var responded = await RespondedComplaintsAsync(host, Writers / 2 * CallsPerWriter);
        var expected = new ConcurrentBag<(string, string)>(responded.Select(id => (Subscription.ComplaintLogged, id)));
        var writing = Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            var caller = Caller.As($"writer-{writer}");
            for (var i = 0; i < CallsPerWriter; i++)
            {
                if (writer % 2 == 0)
                {
                    var logged = await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest($"Writer {writer}, complaint {i}"), caller).ResponseAsync;
                    expected.Add((Subscription.ComplaintLogged, logged.Complaint.Id));
                    continue;
                }
                var complaint = responded[writer / 2 * CallsPerWriter + i];
                await host.Investigation.RequestEscalationAsync(new RequestEscalationRequest { ComplaintId = complaint }, caller).ResponseAsync;
                expected.Add((Subscription.EscalationRequested, complaint));
            }
        })));

        var (received, connections) = await ReceiveWithHangUpsAsync(host, writing);

        await writing;
        output.WriteLine($"{connections} connections, {received.Count} events, held at a gap {gapWaits.Count} times");
        Assert.True(connections > 10, $"only {connections} connections");
        Assert.Equal(received.Select(e => e.Id).Order(), received.Select(e => e.Id));
        Assert.Equal(received.Count, received.Select(e => e.Id).Distinct().Count());
        Assert.Equal(expected.Order(), received.Select(e => (e.Type, Subscription.PayloadField(e, "complaintId"))).Order());
    }

    /// <summary>Complaints logged, acknowledged and answered at stage 1, so each may ask for stage 2.</summary>
    private static async Task<List<string>> RespondedComplaintsAsync(RunningHost host, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var complaint = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint;
            await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
            {
                ComplaintId = complaint.Id, ComplaintDefinition = "Boiler repair missed twice", NamedOfficer = "Sam Patel",
            }).ResponseAsync;
            await LifecycleDriver.TransitionAsync(host, complaint.Id, ComplaintTrigger.IssueStage1Response);
            ids.Add(complaint.Id);
        }
        return ids;
    }

    /// <summary>
    /// Subscribes after the last id received, takes one to seven events and hangs up, until the writers have finished
    /// and a stream has caught up with them.
    /// </summary>
    private static async Task<(List<Event> Received, int Connections)> ReceiveWithHangUpsAsync(RunningHost host, Task writing)
    {
        var received = new List<Event>();
        var random = new Random(17);
        var connections = 0;
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            var writersDone = writing.IsCompleted;
            var cursor = received.Count > 0 ? received[^1].Id : 0;
            using var hangUp = CancellationTokenSource.CreateLinkedTokenSource(patience.Token);
            // The writers' events only: the stage changes that come with them are not this test's subject.
            var request = new SubscribeRequest
            {
                AfterEventId = cursor, Subscriber = "resume-test", EventTypes = { Subscription.ComplaintLogged, Subscription.EscalationRequested },
            };
            using var call = host.Events.Subscribe(request, Caller.As("subscriber").WithCancellationToken(hangUp.Token));
            connections++;
            var caughtUp = false;
            for (var wanted = random.Next(1, 8); wanted > 0 && await call.ResponseStream.MoveNext(hangUp.Token); wanted--)
            {
                if (call.ResponseStream.Current.Heartbeat is not null)
                {
                    caughtUp = true;
                    break;
                }
                received.Add(call.ResponseStream.Current.Event);
            }
            await hangUp.CancelAsync(); // mid-stream: the server may be writing the next event
            if (writersDone && caughtUp)
                return (received, connections);
            if (caughtUp)
                await Task.Delay(20, patience.Token);
        }
    }
}
