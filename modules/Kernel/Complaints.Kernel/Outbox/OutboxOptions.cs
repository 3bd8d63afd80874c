namespace Complaints.Kernel.Outbox;

/// <summary>Configuration section <c>Outbox</c>: how often to look for work and how to retry failures.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>The longest the dispatcher sleeps when no commit wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 50;

    /// <summary>After this many failed attempts a message is marked failed and left for an operator.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The first retry waits this long; each further one twice as long, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Run the background dispatcher (tests switch it off to deliver step by step).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>More undelivered messages than this and the health check reports the server degraded.</summary>
    public int BacklogThreshold { get; set; } = 1000;

    public TimeSpan DelayAfter(int attempts) =>
        TimeSpan.FromTicks(Math.Min(RetryMaxDelay.Ticks, RetryBaseDelay.Ticks * (1L << Math.Min(attempts - 1, 30))));
}
