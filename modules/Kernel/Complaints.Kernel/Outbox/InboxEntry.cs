namespace Complaints.Kernel.Outbox;

/// <summary>Proof that a consumer has handled an outbox message, so a redelivery is not handled twice.</summary>
internal sealed class InboxEntry
{
    public required string Consumer { get; init; }

    public required long MessageId { get; init; }

    public required DateTimeOffset ProcessedAt { get; init; }
}
