namespace Complaints.HousingSystem.Webhooks;

/// <summary>How far the sender has gone through the event log (table <c>housingsystem_webhook_cursor</c>, one row).</summary>
internal sealed class WebhookCursor
{
    public const string Hms = "hms";

    public required string Name { get; init; }

    /// <summary>The last event delivered or dead-lettered.</summary>
    public long EventId { get; set; }
}

/// <summary>What became of one sending of an event (table <c>housingsystem_webhook_deliveries</c>).</summary>
internal sealed class WebhookDelivery
{
    public long Id { get; init; }

    public required long EventId { get; init; }

    public required string EventType { get; init; }

    public required WebhookOutcome Outcome { get; init; }

    public required int Attempts { get; init; }

    /// <summary>The last failure's status or error, when there was one.</summary>
    public string? LastError { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>Sent again on an administrator's request, not in the course of the log.</summary>
    public required bool Replay { get; init; }
}

internal enum WebhookOutcome
{
    Delivered,

    /// <summary>Every attempt failed: kept for an administrator to see and replay; the sender moved on.</summary>
    DeadLettered,
}

/// <summary>An event an administrator asked to send again (table <c>housingsystem_webhook_replays</c>).</summary>
internal sealed class WebhookReplay
{
    public long Id { get; init; }

    public required long EventId { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    public required string RequestedBy { get; init; }

    public DateTimeOffset? DoneAt { get; set; }
}
