namespace Complaints.Kernel.Pipeline.Plugins.Images;

/// <summary>
/// Where a step's pre- and post-images come from: a module that owns a kind of record says which attribute of a
/// message's target (or output) names one, and reads it, in the message's transaction, as its public contract shows it.
/// The record becomes an <see cref="Complaints.Plugins.Entity"/> named <see cref="LogicalName"/>.
/// </summary>
public interface IRecordImageSource
{
    /// <summary>The target's attribute holding the record's id, e.g. <c>complaint_id</c>.</summary>
    string KeyAttribute { get; }

    /// <summary>The messages that create such a record; their output's <c>id</c> names it (for a post-image).</summary>
    IReadOnlySet<string> CreatedBy { get; }

    /// <summary>The image's logical name, e.g. <c>complaint</c>.</summary>
    string LogicalName { get; }

    /// <summary>The record as its contract shows it now, or null when there is none.</summary>
    Task<object?> ReadAsync(Guid id, CancellationToken cancellationToken);
}
