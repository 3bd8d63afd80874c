using Complaints.Kernel.Pipeline;

namespace Complaints.Kernel.Tests.Pipeline.Ledger;

/// <summary>Adds a ledger entry. Text containing "explode-post" makes a sync PostOperation step fail; "flaky"
/// makes the async step fail twice before it succeeds.</summary>
public sealed record AddEntryCommand(string Text, string? IdempotencyKey = null) : ICommand<AddEntryResult>, IIdempotentCommand;

public sealed record AddEntryResult(long Id, string Reference, string Text);

/// <summary>Published by the handler; the subscriber writes an "event" note.</summary>
[Complaints.Kernel.Events.EventName("complaints.testing.v1.EntryAdded")]
public sealed record EntryAddedEvent(long EntryId, string Text);
