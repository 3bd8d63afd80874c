namespace Complaints.Kernel.Persistence;

/// <summary>
/// An aggregate with optimistic concurrency: its version goes up by one on every save, and a save against a stale
/// version fails with <see cref="Errors.ConcurrencyConflictException"/> (ABORTED).
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
