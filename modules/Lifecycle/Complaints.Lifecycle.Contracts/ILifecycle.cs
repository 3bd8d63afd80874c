namespace Complaints.Lifecycle.Contracts;

/// <summary>The complaint lifecycle: the one place that decides and records stage changes. Calls join the caller's
/// unit of work, so a module's write and the lifecycle change commit together.</summary>
public interface ILifecycle
{
    /// <summary>Opens the lifecycle of a newly logged complaint in its initial stage.</summary>
    Task<LifecycleView> StartAsync(Guid complaintId, DateTimeOffset receivedAt, CancellationToken cancellationToken);

    /// <summary>
    /// The complaint's stage, what may happen next, and its transitions, as they stood at <paramref name="asOf"/>
    /// (now when null); null if the complaint is unknown or had not yet been received at that instant.
    /// </summary>
    Task<LifecycleView?> FindAsync(Guid complaintId, DateTimeOffset? asOf, CancellationToken cancellationToken);
}
