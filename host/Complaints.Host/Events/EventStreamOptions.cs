namespace Complaints.Host.Events;

/// <summary>Configuration section <c>EventStream</c>: how <c>EventService.Subscribe</c> behaves while nothing happens.</summary>
internal sealed class EventStreamOptions
{
    public const string Section = "EventStream";

    /// <summary>
    /// While a stream is idle, a heartbeat this often: proxies and load balancers that close quiet connections keep it
    /// open, and a filtered subscriber learns the cursor it may resume after.
    /// </summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(20);
}
