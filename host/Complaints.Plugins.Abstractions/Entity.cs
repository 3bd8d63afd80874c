namespace Complaints.Plugins;

/// <summary>
/// A record as plug-ins see it (Dataverse's <c>Entity</c>): a logical name and attributes by name. Values are strings,
/// booleans, numbers, <see cref="Guid"/>, <see cref="DateTimeOffset"/>, <see cref="DateOnly"/>, enumerations as their
/// names (e.g. <c>CHANNEL_PHONE</c> is <c>Phone</c>), lists (<c>string[]</c>, <c>Entity[]</c>) and nested entities.
/// </summary>
public sealed class Entity(string logicalName)
{
    public string LogicalName { get; } = logicalName;

    public IDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public object? this[string attribute]
    {
        get => Attributes.TryGetValue(attribute, out var value) ? value : null;
        set => Attributes[attribute] = value;
    }

    public bool Contains(string attribute) => Attributes.ContainsKey(attribute);

    /// <summary>The attribute's value as <typeparamref name="T"/>, or the default when it is absent, null or another type.</summary>
    public T? GetAttributeValue<T>(string attribute) => Attributes.TryGetValue(attribute, out var value) && value is T typed ? typed : default;
}
