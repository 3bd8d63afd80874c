namespace Complaints.Kernel.Persistence;

/// <summary>The first result of a create, kept under the caller's idempotency key for replays.</summary>
internal sealed class IdempotencyRecord
{
    public required string MessageName { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 of the request as first sent; a replay with another body is refused.</summary>
    public required string RequestHash { get; init; }

    public required string ResultJson { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
