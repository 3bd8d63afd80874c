using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.EventsApi.V1;
using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Events;

/// <summary>
/// <c>EventService.Subscribe</c> against the real host: events in id order from a cursor, a filter by type, new events
/// sent as they commit, and a subscriber that hangs up mid-stream and resumes from the last id it received while many
/// writers log at once (on PostgreSQL their ids commit out of order) receiving every event once.
/// </summary>
public sealed class EventStreamTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Subscribe_FromTheStart_SendsEveryEventInIdOrder_ThenAHeartbeatAtTheLastId(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var logged = new List<string>();
        for (var i = 0; i < 3; i++)
            logged.Add((await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest($"Complaint {i}")).ResponseAsync).Complaint.Reference);

        var (events, cursor) = await Subscription.UntilCaughtUpAsync(host, new SubscribeRequest());

        Assert.Equal(logged, events.Where(e => e.Type == Subscription.ComplaintLogged).Select(Subscription.ReferenceOf));
        // Each logging also starts the complaint's lifecycle: its first stage change follows it.
        Assert.All(events, e => Assert.Contains(e.Type, new[] { Subscription.ComplaintLogged, Subscription.StageChanged }));
        Assert.Equal(events.Select(e => e.Id).Order(), events.Select(e => e.Id));
        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct().Count());
        Assert.Equal(events[^1].Id, cursor);
        Assert.All(events, e => Assert.NotEmpty(e.CorrelationId));
    }

    [Fact]
    public async Task Subscribe_AfterACursor_SendsOnlyLaterEvents()
    {
        await using var host = await RunningHost.StartAsync();
        await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest("First")).ResponseAsync;
        var (first, cursor) = await Subscription.UntilCaughtUpAsync(host, new SubscribeRequest());
        var second = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest("Second")).ResponseAsync).Complaint.Reference;

        var (later, _) = await Subscription.UntilCaughtUpAsync(host, new SubscribeRequest { AfterEventId = cursor });

        Assert.Single(first, e => e.Type == Subscription.ComplaintLogged);
        Assert.Equal([second], later.Where(e => e.Type == Subscription.ComplaintLogged).Select(Subscription.ReferenceOf));
    }

    [Fact]
    public async Task Subscribe_FilteredToAnotherType_SendsNoneOfTheOthers_AndItsHeartbeatMovesPastThem()
    {
        await using var host = await RunningHost.StartAsync();
        await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync;
        await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync;

        var (escalations, escalationCursor) = await Subscription.UntilCaughtUpAsync(host,
            new SubscribeRequest { EventTypes = { Subscription.EscalationRequested } });
        var (logged, loggedCursor) = await Subscription.UntilCaughtUpAsync(host, new SubscribeRequest { EventTypes = { Subscription.ComplaintLogged } });

        Assert.Empty(escalations);
        Assert.Equal(2, logged.Count);
        // Both heartbeats carry the cursor past every event read, wanted or not (the last is a stage change).
        Assert.Equal(escalationCursor, loggedCursor);
        Assert.True(loggedCursor > logged[^1].Id);
    }

    [Fact]
    public async Task Subscribe_WhenAnEventCommitsWhileWaiting_SendsItOnTheOpenStream()
    {
        await using var host = await RunningHost.StartAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var call = host.Events.Subscribe(new SubscribeRequest(), cancellationToken: cancel.Token);
        Assert.True(await call.ResponseStream.MoveNext(cancel.Token));
        var caughtUp = call.ResponseStream.Current.Heartbeat;

        var reference = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync).Complaint.Reference;
        Assert.True(await call.ResponseStream.MoveNext(cancel.Token));

        Assert.Equal(0, caughtUp.Cursor);
        Assert.Equal(reference, Subscription.ReferenceOf(call.ResponseStream.Current.Event));
    }

    [Fact]
    public async Task ListEventTypes_NamesEveryPublishedEvent()
    {
        await using var host = await RunningHost.StartAsync();

        var types = await host.Events.ListEventTypesAsync(new ListEventTypesRequest()).ResponseAsync;

        Assert.Equal(
            ["complaints.compensation.v1.AwardApproved", "complaints.compensation.v1.AwardCancelled", "complaints.compensation.v1.AwardOfferAnswered",
             "complaints.compensation.v1.AwardPaid", "complaints.compensation.v1.AwardProposed", "complaints.compensation.v1.AwardRejected",
             "complaints.hazards.v1.AlternativeAccommodationOffered", "complaints.hazards.v1.HazardClockMet", "complaints.hazards.v1.HazardClockMissed",
             "complaints.hazards.v1.HazardClocksStopped",
             "complaints.hazards.v1.HazardReported", "complaints.housing_system.v1.ComplaintStockTypeResolved", "complaints.intake.v1.ComplaintDeclined", Subscription.ComplaintLogged,
             "complaints.intake.v1.FeedbackLoggedAsComplaint", "complaints.intake.v1.FeedbackRecorded",
             Subscription.EscalationRequested, "complaints.investigation.v1.ResponseIssued", "complaints.lifecycle.v1.ComplaintClockSettled",
             Subscription.StageChanged,
             "complaints.ombudsman_liaison.v1.DeterminationRecorded", "complaints.ombudsman_liaison.v1.OrderComplied",
             "complaints.ombudsman_liaison.v1.OrderMade", "complaints.ombudsman_liaison.v1.ReferralRecorded",
             "complaints.vexatious_behaviour.v1.RestrictionAppealDecided", "complaints.vexatious_behaviour.v1.RestrictionAppealed",
             "complaints.vexatious_behaviour.v1.RestrictionDecided", "complaints.vexatious_behaviour.v1.RestrictionLifted",
             "complaints.vexatious_behaviour.v1.RestrictionReviewed"],
            types.EventTypes);
    }
}
