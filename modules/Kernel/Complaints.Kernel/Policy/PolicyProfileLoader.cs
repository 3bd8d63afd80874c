using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Complaints.Kernel.Policy;

/// <summary>Reads a profile file, refusing with a message that says exactly what is wrong and where.</summary>
public static class PolicyProfileLoader
{
    public static PolicyProfile Load(PolicyProfileOptions options)
    {
        var folder = Path.GetFullPath(options.PolicyProfilesFolder, AppContext.BaseDirectory);
        var path = Path.Combine(folder, options.PolicyProfile + ".json");
        if (!File.Exists(path))
        {
            var available = Directory.Exists(folder)
                ? string.Join(", ", Directory.EnumerateFiles(folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order())
                : "none (the folder does not exist)";
            throw new InvalidOperationException(
                $"Policy profile '{options.PolicyProfile}' not found: no {path}. Available profiles: {available}.");
        }
        var json = File.ReadAllText(path);
        string id, name;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            id = document.RootElement.GetProperty("id").GetString() ?? "";
            name = document.RootElement.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidOperationException($"Policy profile {path} is not valid: {e.Message}", e);
        }
        if (id != options.PolicyProfile)
            throw new InvalidOperationException($"Policy profile {path} says its id is '{id}', not '{options.PolicyProfile}'.");
        var sections = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
        return new PolicyProfile(id, name, path, json, sections);
    }
}
