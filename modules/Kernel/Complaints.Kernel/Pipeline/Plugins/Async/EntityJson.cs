using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Complaints.Plugins;

namespace Complaints.Kernel.Pipeline.Plugins.Async;

/// <summary>
/// An <see cref="Entity"/> as JSON that comes back as the same values: each attribute is written with its kind
/// (<c>{"guid": "…"}</c>, <c>{"datetime": "…"}</c>, …), because a queued asynchronous step must see a <see cref="Guid"/>
/// where the synchronous one saw a Guid, not a string.
/// </summary>
internal sealed class EntityJson : JsonConverter<Entity>
{
    public static readonly JsonSerializerOptions Options = new() { Converters = { new EntityJson() } };

    public override Entity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return ReadEntity(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, Entity value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("logical_name", value.LogicalName);
        writer.WriteStartObject("attributes");
        foreach (var (name, attribute) in value.Attributes)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, attribute);
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStartObject();
        switch (value)
        {
            case string text: writer.WriteString("string", text); break;
            case bool flag: writer.WriteBoolean("bool", flag); break;
            case int or long: writer.WriteNumber("int", Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case decimal number: writer.WriteNumber("decimal", number); break;
            case double number: writer.WriteNumber("double", number); break;
            case Guid id: writer.WriteString("guid", id); break;
            case DateTimeOffset instant: writer.WriteString("datetime", instant); break;
            case DateOnly date: writer.WriteString("date", date.ToString("O", CultureInfo.InvariantCulture)); break;
            case string[] texts:
                writer.WriteStartArray("strings");
                foreach (var text in texts)
                    writer.WriteStringValue(text);
                writer.WriteEndArray();
                break;
            case Entity entity:
                writer.WritePropertyName("entity");
                new EntityJson().Write(writer, entity, Options);
                break;
            case object?[] items:
                writer.WriteStartArray("list");
                foreach (var item in items)
                    WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default: throw new InvalidOperationException($"An entity attribute of type {value.GetType().Name} cannot be queued.");
        }
        writer.WriteEndObject();
    }

    private static Entity ReadEntity(JsonElement element)
    {
        var entity = new Entity(element.GetProperty("logical_name").GetString()!);
        foreach (var attribute in element.GetProperty("attributes").EnumerateObject())
            entity[attribute.Name] = ReadValue(attribute.Value);
        return entity;
    }

    private static object? ReadValue(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Null)
            return null;
        var typed = element.EnumerateObject().Single();
        var value = typed.Value;
        return typed.Name switch
        {
            "string" => value.GetString(),
            "bool" => value.GetBoolean(),
            // Whole numbers travel as one kind: those that fit come back as int, the type the catalogue gives them.
            "int" => value.GetInt64() is var number && number is >= int.MinValue and <= int.MaxValue ? (object)(int)number : number,
            "decimal" => value.GetDecimal(),
            "double" => value.GetDouble(),
            "guid" => value.GetGuid(),
            "datetime" => value.GetDateTimeOffset(),
            "date" => DateOnly.ParseExact(value.GetString()!, "O", CultureInfo.InvariantCulture),
            "strings" => value.EnumerateArray().Select(t => t.GetString()!).ToArray(),
            "entity" => ReadEntity(value),
            "list" => value.EnumerateArray().Select(ReadValue).ToArray(),
            var kind => throw new JsonException($"Unknown entity attribute kind {kind}."),
        };
    }
}
