namespace Complaints.Kernel.Events;

/// <summary>
/// One event as the event log keeps it (<c>kernel_events</c>): appended in the publisher's transaction, never changed.
/// Its id is the cursor subscribers resume from and the key they de-duplicate by.
/// </summary>
public sealed class LoggedEvent
{
    /// <summary>Increasing in the order ids were allocated; commit order may differ (see <see cref="EventGaps"/>).</summary>
    public long Id { get; init; }

    /// <summary>The event's stable name (<see cref="EventNameAttribute"/>), e.g. <c>complaints.intake.v1.ComplaintLogged</c>.</summary>
    public required string EventType { get; init; }

    /// <summary>The event record as JSON (camelCase, as the outbox carries it).</summary>
    public required string Payload { get; init; }

    /// <summary>When the publisher's message published it, by the server's clock.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    public required string CorrelationId { get; init; }
}
