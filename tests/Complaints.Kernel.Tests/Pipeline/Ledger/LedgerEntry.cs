using Complaints.Kernel.Persistence;

namespace Complaints.Kernel.Tests.Pipeline.Ledger;

/// <summary>The test module's aggregate: a line of text with a reference and a version.</summary>
public sealed class LedgerEntry : IVersioned
{
    public long Id { get; set; }

    public required string Reference { get; set; }

    public required string Text { get; set; }

    /// <summary>"entry" for entries the handler wrote; "async", "event" for the notes consumers wrote.</summary>
    public required string Kind { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Version { get; set; }
}
