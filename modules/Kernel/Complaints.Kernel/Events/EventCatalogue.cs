using System.Collections.Frozen;
using Complaints.Kernel.Errors;

namespace Complaints.Kernel.Events;

/// <summary>
/// Every event type the modules publish, by its stable name: what the event log writes as the type, and what a
/// subscriber may filter on. Publishing a type that no module registered is a defect, refused at the publish.
/// </summary>
public sealed class EventCatalogue
{
    private readonly FrozenDictionary<Type, string> _nameByType;

    public EventCatalogue(IEnumerable<PublishedEvent> published)
    {
        var events = published.Distinct().ToList();
        var clashes = events.GroupBy(e => e.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (clashes.Count > 0)
            throw new InvalidOperationException($"Two event types share a name: {string.Join(", ", clashes)}.");
        _nameByType = events.ToFrozenDictionary(e => e.ClrType, e => e.Name);
        Names = [.. events.Select(e => e.Name).Order(StringComparer.Ordinal)];
    }

    /// <summary>Every published event's name, in ordinal order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>
    /// The names a subscriber filters on, as a set (empty: every type), or INVALID_ARGUMENT naming each one that no
    /// module publishes, e.g. <c>event_types[1]</c>.
    /// </summary>
    public IReadOnlySet<string> Filter(IReadOnlyList<string> names, string field)
    {
        var unknown = names.Select((name, index) => (name, index)).Where(n => !_nameByType.Values.Contains(n.name, StringComparer.Ordinal))
            .Select(n => new FieldViolation($"{field}[{n.index}]", $"is not an event type; {Suggestion(n.name)}"))
            .ToArray();
        return unknown.Length > 0 ? throw new ValidationException(unknown) : names.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The types of the module the name claims (its part before the last dot), or every type when it claims none: a
    /// status detail is cut at 256 characters, which the whole list outgrew.
    /// </summary>
    private string Suggestion(string name)
    {
        var module = name.LastIndexOf('.') is var dot and > 0 ? name[..dot] : "";
        var same = Names.Where(n => module.Length > 0 && n.StartsWith(module + ".", StringComparison.Ordinal)).ToList();
        return same.Count > 0
            ? $"{module} publishes {string.Join(", ", same)}"
            : $"the event types are {string.Join(", ", Names)}";
    }

    public string NameOf(Type eventType) =>
        _nameByType.TryGetValue(eventType, out var name)
            ? name
            : throw new InvalidOperationException(
                $"{eventType.FullName} is published but not registered: give it [EventName] and register its assembly with AddPublishedEvents.");
}
