using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.EventsApi.V1;
using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Events;

/// <summary>Reading the event stream as a subscriber does.</summary>
public static class Subscription
{
    public const string ComplaintLogged = "complaints.intake.v1.ComplaintLogged";

    public const string EscalationRequested = "complaints.investigation.v1.EscalationRequested";

    public const string StageChanged = "complaints.lifecycle.v1.ComplaintStageChanged";

    /// <summary>The events the stream sends until its first heartbeat, and the heartbeat's cursor.</summary>
    public static async Task<(List<Event> Events, long Cursor)> UntilCaughtUpAsync(RunningHost host, SubscribeRequest request, CallOptions? options = null)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var call = host.Events.Subscribe(request, (options ?? new CallOptions()).WithCancellationToken(cancel.Token));
        var events = new List<Event>();
        while (await call.ResponseStream.MoveNext(cancel.Token))
        {
            if (call.ResponseStream.Current.Heartbeat is { } heartbeat)
                return (events, heartbeat.Cursor);
            events.Add(call.ResponseStream.Current.Event);
        }
        throw new InvalidOperationException("The stream ended before it caught up.");
    }

    /// <summary>The complaint reference a ComplaintLogged event's payload carries.</summary>
    public static string ReferenceOf(Event logged) => PayloadField(logged, "reference");

    /// <summary>A string field of the event's payload, by its JSON name.</summary>
    public static string PayloadField(Event logged, string name) =>
        System.Text.Json.JsonDocument.Parse(logged.PayloadJson).RootElement.GetProperty(name).GetString()!;
}
