using System.Collections.Concurrent;
using System.Threading.Channels;
using Grpc.Health.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Complaints.Grpc.Health;

/// <summary>
/// The serving status of the server ("") and of each service, as <c>grpc.health.v1.Health</c> reports it.
/// Watchers see every change; when the server stops, everything turns NOT_SERVING and watches end.
/// </summary>
public sealed class HealthStatusRegistry
{
    public const string Server = "";

    private readonly ConcurrentDictionary<string, ServingStatus> _statuses = new();
    private readonly ConcurrentDictionary<Channel<ServingStatus>, string> _watchers = new();

    public void SetStatus(string service, ServingStatus status)
    {
        _statuses[service] = status;
        foreach (var (channel, watched) in _watchers)
        {
            if (watched == service)
                channel.Writer.TryWrite(status);
        }
    }

    public bool TryGetStatus(string service, out ServingStatus status) => _statuses.TryGetValue(service, out status);

    public IReadOnlyDictionary<string, ServingStatus> Snapshot() => new Dictionary<string, ServingStatus>(_statuses);

    /// <summary>The current status of <paramref name="service"/> (SERVICE_UNKNOWN if none), then each change.</summary>
    public ChannelReader<ServingStatus> Watch(string service, CancellationToken cancellationToken)
    {
        // Only the latest status matters to a watcher, so a slow one skips intermediate states.
        var channel = Channel.CreateBounded<ServingStatus>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        _watchers[channel] = service;
        channel.Writer.TryWrite(TryGetStatus(service, out var current) ? current : ServingStatus.ServiceUnknown);
        cancellationToken.Register(() =>
        {
            _watchers.TryRemove(channel, out _);
            channel.Writer.TryComplete();
        });
        return channel.Reader;
    }

    /// <summary>Marks everything NOT_SERVING and ends every watch, so a graceful shutdown is not held open by them.</summary>
    public void MarkStopping()
    {
        foreach (var service in _statuses.Keys)
            SetStatus(service, ServingStatus.NotServing);
        foreach (var channel in _watchers.Keys)
        {
            _watchers.TryRemove(channel, out _);
            channel.Writer.TryComplete();
        }
    }

    internal static HealthCheckResponse Response(ServingStatus status) => new() { Status = status };
}
