namespace Complaints.HousingSystem.Webhooks;

/// <summary>
/// Configuration section <c>HousingSystem:Webhooks</c>: the product's events sent to the HMS, signed with
/// <c>HousingSystem:SharedSecret</c>, at <c>HousingSystem:BaseAddress</c> + <see cref="Path"/>.
/// </summary>
internal sealed class WebhookOptions
{
    public const string Section = "HousingSystem:Webhooks";

    /// <summary>Send events when an HMS and a shared secret are configured.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where under the HMS's base address events are posted.</summary>
    public string Path { get; set; } = "events";

    /// <summary>
    /// Where a sender that has never sent anything starts: at the first event of the log, or after the last one there is
    /// (an HMS connected to a product already in use, which has no need of its history; replays can still send it).
    /// </summary>
    public WebhookStart StartFrom { get; set; } = WebhookStart.Beginning;

    /// <summary>Attempts at one event before it is dead-lettered and the next is sent.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed attempt; each later one doubles, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the log is read for events committed by other hosts (this host's commits wake the sender at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan DelayAfter(int attempts) =>
        TimeSpan.FromTicks(Math.Min(RetryMaxDelay.Ticks, RetryBaseDelay.Ticks * (1L << Math.Min(attempts - 1, 30))));
}

internal enum WebhookStart
{
    Beginning,
    Latest,
}
