namespace Complaints.Kernel.Outbox;

/// <summary>
/// Something to deliver after commit to one consumer (an async plug-in step or an event subscriber), written in the
/// same transaction as the change that caused it, retried with backoff until delivered.
/// </summary>
internal sealed class OutboxMessage
{
    public long Id { get; init; }

    public required OutboxKind Kind { get; init; }

    /// <summary>The async plug-in's or subscriber's name.</summary>
    public required string Consumer { get; init; }

    /// <summary>The message name (async step) or the event type's full name (event).</summary>
    public required string MessageType { get; init; }

    public required string Payload { get; init; }

    public required string CorrelationId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Set when attempts ran out; the row stays for an operator to see and replay.</summary>
    public DateTimeOffset? FailedAt { get; set; }

    public string? LastError { get; set; }
}

internal enum OutboxKind
{
    AsyncStep = 1,
    Event = 2,

    /// <summary>An asynchronous step of a landlord's plug-in, registered through the registration service.</summary>
    RegisteredStep = 3,
}
