namespace Complaints.Plugins;

/// <summary>
/// Reads the product's records as their modules' public contracts show them (Dataverse's <c>Retrieve</c>): the same
/// records, with the same attributes, as a step's pre- and post-images. Read in the step's transaction, so a
/// synchronous step sees what its message has written so far. Logical names: <c>complaint</c> (by its id, a
/// <see cref="Guid"/>) and <c>award</c> (by its number).
/// </summary>
public interface IRecordReader
{
    /// <summary>The record, or null when there is none with that id.</summary>
    Task<Entity?> RetrieveAsync(string logicalName, object id, CancellationToken cancellationToken);
}
