using Complaints.EventsApi.V1;
using Complaints.Kernel.Events;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Complaints.Host.Events;

/// <summary>
/// One subscriber's stream: reads the event log after its cursor (never past an id that may still commit, see
/// <see cref="EventGaps"/>), sends what matches its filter, and once caught up waits for the next commit in this process
/// or the poll interval (for other hosts' commits), with a heartbeat when caught up and while idle. It ends when the
/// caller cancels or goes away, and with UNAVAILABLE as soon as the server begins to stop: graceful shutdown would
/// otherwise wait its whole timeout for streams that never end, and the subscriber resumes elsewhere from its cursor.
/// </summary>
internal sealed class EventStream(
    EventLogReader reader, EventLogSignal signal, IOptions<EventLogOptions> log, IOptions<EventStreamOptions> options,
    IHostApplicationLifetime lifetime, ILogger<EventStream> logger)
{
    public async Task RunAsync(
        long cursor, IReadOnlySet<string> types, string subscriber, IServerStreamWriter<SubscribeResponse> output, CancellationToken callEnded)
    {
        logger.LogInformation("Event stream for {Subscriber} opened after event {Cursor}", Named(subscriber), cursor);
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(callEnded, lifetime.ApplicationStopping);
        var cancellation = ending.Token;
        var caughtUp = false;
        var lastWrite = Environment.TickCount64;
        try
        {
            while (!cancellation.IsCancellationRequested)
            {
                var nextCommit = signal.NextCommit;
                var page = await reader.ReadAfterAsync(cursor, cancellation);
                foreach (var logged in page.Events.Where(e => types.Count == 0 || types.Contains(e.EventType)))
                {
                    await output.WriteAsync(new SubscribeResponse { Event = ToWire(logged) }, cancellation);
                    lastWrite = Environment.TickCount64;
                }
                cursor = page.Cursor;
                if (page.HeldAtGap)
                    logger.LogDebug("Event stream for {Subscriber} waits after event {Cursor}: a later event committed first", Named(subscriber), cursor);
                if (page.Events.Count > 0)
                    continue; // there may be more behind this page
                if (!caughtUp || Environment.TickCount64 - lastWrite >= options.Value.HeartbeatInterval.TotalMilliseconds)
                {
                    await output.WriteAsync(new SubscribeResponse { Heartbeat = new Heartbeat { Cursor = cursor } }, cancellation);
                    lastWrite = Environment.TickCount64;
                    caughtUp = true;
                }
                await Task.WhenAny(nextCommit, Task.Delay(log.Value.PollInterval, cancellation));
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The subscriber left (its cursor is its own to keep), or the server is stopping.
        }
        logger.LogInformation("Event stream for {Subscriber} closed after event {Cursor}", Named(subscriber), cursor);
        if (lifetime.ApplicationStopping.IsCancellationRequested && !callEnded.IsCancellationRequested)
            throw new RpcException(new Status(StatusCode.Unavailable, $"The server is stopping: subscribe again after event {cursor}."));
    }

    private static string Named(string subscriber) => subscriber.Length > 0 ? subscriber : "an unnamed subscriber";

    private static Event ToWire(LoggedEvent logged) => new()
    {
        Id = logged.Id, Type = logged.EventType, RecordedAt = Timestamp.FromDateTimeOffset(logged.RecordedAt),
        CorrelationId = logged.CorrelationId, PayloadJson = logged.Payload,
    };
}
