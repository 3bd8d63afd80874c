namespace Complaints.Kernel.Pipeline.Plugins.Images;

/// <summary>
/// A kind of record a step can see: a module that owns it says which attribute of a message's target (or output) names
/// one, and reads it, in the message's transaction, as its public contract shows it. The record becomes an
/// <see cref="Complaints.Plugins.Entity"/> named <see cref="LogicalName"/>, for a step's pre- and post-images and for
/// its reads (<see cref="Complaints.Plugins.IRecordReader"/>).
/// </summary>
public interface IRecordImageSource
{
    /// <summary>The target's attribute holding the record's id, e.g. <c>complaint_id</c>.</summary>
    string KeyAttribute { get; }

    /// <summary>The messages that create such a record; their output's <c>id</c> names it (for a post-image).</summary>
    IReadOnlySet<string> CreatedBy { get; }

    /// <summary>The image's logical name, e.g. <c>complaint</c>.</summary>
    string LogicalName { get; }

    /// <summary>The record as its contract shows it now, or null when there is none (or <paramref name="id"/> is not one of its ids).</summary>
    Task<object?> ReadAsync(object id, CancellationToken cancellationToken);
}
