using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Complaints.Plugins;

namespace Complaints.Kernel.Pipeline.Plugins;

/// <summary>
/// A message's command as a landlord's plug-in sees it: an <see cref="Entity"/> whose attributes are the command's
/// fields, snake_case as the API names them. Changes a Pre step makes to scalar attributes are applied to a copy of the
/// command; the command types themselves stay internal to their modules.
/// </summary>
internal static class CommandEntities
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<Field>> FieldsByType = new();
    private static readonly NullabilityInfoContext Nullability = new();

    public static Entity ToEntity(object record, string logicalName)
    {
        var entity = new Entity(logicalName);
        foreach (var field in FieldsOf(record.GetType()))
            entity[field.Name] = Value(field.Property.GetValue(record), field.Property.PropertyType);
        return entity;
    }

    /// <summary>A message's result as plug-ins see it: a record's fields, or a bare value (a new record's number) as <c>id</c>.</summary>
    public static Entity Output(string messageName, object? result) => result switch
    {
        null => new Entity(LogicalName(messageName) + "_result"),
        _ when IsScalar(result.GetType()) => new Entity(LogicalName(messageName) + "_result") { ["id"] = Value(result, result.GetType()) },
        _ => ToEntity(result, LogicalName(result.GetType().Name)),
    };

    /// <summary>A type's or message's name as plug-ins see it: <c>LogComplaint</c> is <c>log_complaint</c>.</summary>
    public static string LogicalName(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    /// <summary>The command with the scalar attributes a step changed; the same instance when it changed none.</summary>
    public static T Apply<T>(T command, Entity changed, string messageName) where T : notnull
    {
        var copy = default(object);
        foreach (var field in FieldsOf(command.GetType()))
        {
            var before = Value(field.Property.GetValue(command), field.Property.PropertyType);
            var after = changed[field.Name];
            if (SameValue(before, after))
                continue;
            if (!field.Contract.Settable)
                throw new InvalidPluginExecutionException($"A step changed {messageName}'s {field.Name}, which steps may read but not change.");
            copy ??= Clone(command);
            field.Property.SetValue(copy, FromValue(after, field, messageName));
        }
        return copy is null ? command : (T)copy;
    }

    public static MessageContract Contract(string messageName, Type commandType) =>
        new(messageName, FieldsOf(commandType).Select(f => f.Contract).ToList());

    private sealed record Field(PropertyInfo Property, string Name, AttributeContract Contract);

    /// <summary>The record's own fields: public properties a constructor or initialiser sets (not computed ones).</summary>
    private static IReadOnlyList<Field> FieldsOf(Type type) => FieldsByType.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.SetMethod is not null && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
        .OrderBy(p => p.MetadataToken)
        .Select(p =>
        {
            var name = JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name);
            var type = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            var optional = Nullable.GetUnderlyingType(p.PropertyType) is not null
                || (!p.PropertyType.IsValueType && Nullability.Create(p).WriteState != NullabilityState.NotNull);
            return new Field(p, name, new AttributeContract(name, TypeName(type), optional, IsSettable(name, type)));
        })
        .ToList());

    /// <summary>
    /// A step may change a scalar or a list of texts, but never which record the message is about (an <c>…_id</c>), the
    /// version the caller expects, or its idempotency key: those belong to the caller, as a Dataverse target's id does.
    /// </summary>
    private static bool IsSettable(string name, Type type) =>
        !name.EndsWith("_id", StringComparison.Ordinal) && name is not ("expected_version" or "idempotency_key")
        && (IsScalar(type) || type == typeof(IReadOnlyList<string>) || type == typeof(string[]));

    private static bool IsScalar(Type type) => type.IsEnum || type == typeof(string) || type == typeof(bool) || type == typeof(int)
        || type == typeof(long) || type == typeof(decimal) || type == typeof(double) || type == typeof(Guid)
        || type == typeof(DateTimeOffset) || type == typeof(DateOnly);

    private static string TypeName(Type type) => type switch
    {
        _ when type == typeof(string) => "string",
        _ when type == typeof(bool) => "bool",
        _ when type == typeof(int) || type == typeof(long) => "int",
        _ when type == typeof(decimal) || type == typeof(double) => "decimal",
        _ when type == typeof(Guid) => "guid",
        _ when type == typeof(DateTimeOffset) => "datetime",
        _ when type == typeof(DateOnly) => "date",
        { IsEnum: true } => $"enum {type.Name}({string.Join('|', Enum.GetNames(type))})",
        _ when ElementOf(type) is { } element => IsScalar(element) ? $"{TypeName(element)}[]" : $"entity[] {element.Name}",
        _ => $"entity {type.Name}",
    };

    private static Type? ElementOf(Type type) => type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static object? Value(object? value, Type declared) => value switch
    {
        null => null,
        Enum e => e.ToString(),
        string or bool or int or long or decimal or double or Guid or DateTimeOffset or DateOnly => value,
        IEnumerable items when ElementOf(Nullable.GetUnderlyingType(declared) ?? declared) == typeof(string) => items.Cast<string>().ToArray(),
        IEnumerable items => items.Cast<object?>().Select(item => Value(item, item?.GetType() ?? typeof(object))).ToArray(),
        _ => ToEntity(value, LogicalName(value.GetType().Name)),
    };

    private static bool SameValue(object? before, object? after) => (before, after) switch
    {
        (null, null) => true,
        (string[] a, string[] b) => a.SequenceEqual(b),
        (object[] a, object[] b) => a.Length == b.Length && a.Zip(b).All(p => SameValue(p.First, p.Second)),
        (Entity a, Entity b) => a.Attributes.Count == b.Attributes.Count && a.Attributes.All(kv => SameValue(kv.Value, b[kv.Key])),
        _ => Equals(before, after),
    };

    private static object? FromValue(object? value, Field field, string messageName)
    {
        var declared = field.Property.PropertyType;
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (value is null)
            return field.Contract.Optional ? null
                : throw new InvalidPluginExecutionException($"A step cleared {messageName}'s {field.Name}, which the message needs.");
        if (type.IsEnum && value is string name && Enum.TryParse(type, name, ignoreCase: false, out var parsed) && Enum.IsDefined(type, parsed))
            return parsed;
        if (type.IsInstanceOfType(value) && !type.IsEnum)
            return value;
        if (ElementOf(type) == typeof(string) && value is IEnumerable<string> texts)
            return texts.ToList();
        throw new InvalidPluginExecutionException(
            $"A step set {messageName}'s {field.Name} to a {value.GetType().Name}; it takes {field.Contract.Type}.");
    }

    /// <summary>A shallow copy of a record, through the compiler's clone method (what <c>with</c> calls).</summary>
    private static object Clone(object record) =>
        record.GetType().GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance)?.Invoke(record, null)
        ?? throw new InvalidOperationException($"{record.GetType().Name} is not a record; plug-ins cannot change it.");
}
