using System.Text.Json;

namespace Complaints.Client;

/// <summary>Reads a list from the policy profile's JSON (GetPolicyProfile): its codes and words, whatever the property names' case.</summary>
public static class ProfileLists
{
    public static IReadOnlyList<string> Codes(string profileJson, string section, string list) =>
        Entries(profileJson, section, list).Select(e => e.Code).ToList();

    /// <summary>(code, words) for each entry of <paramref name="section"/>.<paramref name="list"/>; words from <paramref name="wordsKey"/>, else the code.</summary>
    public static IReadOnlyList<(string Code, string Words)> Entries(string profileJson, string section, string list, string wordsKey = "description")
    {
        using var profile = JsonDocument.Parse(profileJson);
        if (!Find(profile.RootElement, section, out var found) || !Find(found, list, out var items) || items.ValueKind != JsonValueKind.Array)
            return [];
        return items.EnumerateArray()
            .Where(i => Find(i, "code", out _))
            .Select(i => (Text(i, "code"), Find(i, wordsKey, out var words) && words.ValueKind == JsonValueKind.String ? words.GetString()! : Text(i, "code")))
            .ToList();
    }

    private static string Text(JsonElement element, string name) => Find(element, name, out var value) ? value.ToString() : "";

    private static bool Find(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.Object)
            return false;
        foreach (var property in element.EnumerateObject().Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            value = property.Value;
            return true;
        }
        return false;
    }
}
