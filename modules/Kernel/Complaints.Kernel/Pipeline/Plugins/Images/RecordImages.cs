using Complaints.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Kernel.Pipeline.Plugins.Images;

/// <summary>
/// Takes a message's images for the steps that registered for them: the record its target names, read through the
/// module that owns it (<see cref="IRecordImageSource"/>) before the main operation (pre) and after it (post). A step
/// gets the attributes it registered for, or the whole record.
/// </summary>
internal static class RecordImages
{
    /// <summary>The record the message is about, as it is now in the message's transaction; null when none can be found.</summary>
    public static async Task<Entity?> TakeAsync(
        IServiceProvider services, string messageName, Entity target, Entity? output, CancellationToken cancellationToken)
    {
        foreach (var source in services.GetServices<IRecordImageSource>())
        {
            var id = target[source.KeyAttribute] ?? (source.CreatedBy.Contains(messageName) ? output?["id"] : null);
            if (id is null)
                continue;
            return await source.ReadAsync(id, cancellationToken) is { } record
                ? CommandEntities.ToEntity(record, source.LogicalName)
                : null;
        }
        return null;
    }

    /// <summary>The image as a step registered for it: every attribute, or only those it named.</summary>
    public static Entity? For(Entity? image, IReadOnlyList<string>? attributes)
    {
        if (image is null || attributes is null)
            return null;
        if (attributes.Count == 0)
            return image;
        var narrowed = new Entity(image.LogicalName);
        foreach (var attribute in attributes.Where(image.Contains))
            narrowed[attribute] = image[attribute];
        return narrowed;
    }
}
