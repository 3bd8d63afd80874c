namespace Complaints.Kernel.Events;

/// <summary>
/// Wakes every reader of the event log at once when a transaction that appended events commits in this process.
/// (The outbox's signal wakes one dispatcher; a stream has many subscribers.) Events committed by another host sharing
/// the database wake no one here, so readers also poll.
/// </summary>
public sealed class EventLogSignal
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>
    /// Completes at the next commit that appends events. Take it before reading the log, then wait on it if the read
    /// found nothing: a commit between the read and the wait still wakes the reader.
    /// </summary>
    public Task NextCommit => Volatile.Read(ref _next).Task;

    public void Notify() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
