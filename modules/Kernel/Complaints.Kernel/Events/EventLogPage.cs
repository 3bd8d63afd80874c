namespace Complaints.Kernel.Events;

/// <summary>
/// What one read of the event log may hand on: events in id order with nothing missing before them, the cursor to
/// read after next time (the last id taken), and whether the read stopped at a gap that may still fill.
/// </summary>
public sealed record EventLogPage(IReadOnlyList<LoggedEvent> Events, long Cursor, bool HeldAtGap);
