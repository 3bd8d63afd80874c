using System.Text.Json;
using System.Text.Json.Serialization;

namespace Complaints.HousingSystem.Adapter;

/// <summary>
/// The JSON of the reference adapter, both ways: the contract's records with camelCase names and enums in kebab case
/// ("social-rent", "in-progress"), so an HMS team can write the other side from the README alone.
/// </summary>
internal static class HousingSystemWire
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
