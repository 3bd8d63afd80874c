namespace Complaints.Kernel.Events;

/// <summary>Configuration section <c>EventLog</c>: how readers of the event log wait and how they treat gaps.</summary>
public sealed class EventLogOptions
{
    public const string Section = "EventLog";

    /// <summary>
    /// How long a gap in the ids may stay open before readers pass it as a transaction that rolled back (see
    /// <see cref="EventGaps"/>). Must be longer than any message's transaction stays open after publishing, plus the
    /// clock difference between hosts; a shorter one could skip an event that commits late.
    /// </summary>
    public TimeSpan GapSettleTime { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The longest a reader waits for new events when no commit in this process wakes it (another host's commit never does).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>At most this many events per read.</summary>
    public int BatchSize { get; set; } = 200;
}
