using Microsoft.Extensions.Configuration;

namespace Complaints.Testing;

/// <summary>
/// Sections of the host's own appsettings.json (linked into a test project's output as <see cref="File"/>), so a
/// module test configures what the host configures — e.g. the Compensation rates and bands — from the one source.
/// </summary>
public static class HostSettings
{
    public const string File = "HostSettings/appsettings.json";

    /// <summary>Every key under <paramref name="section"/>, flattened as configuration keys.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Section(string section)
    {
        var path = Path.Combine(AppContext.BaseDirectory, File);
        if (!System.IO.File.Exists(path))
            throw new InvalidOperationException(
                $"{path} is missing: link host/Complaints.Host/appsettings.json into the test project as {File}.");
        var configuration = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
        var settings = configuration.GetSection(section).AsEnumerable().Where(kv => kv.Value is not null).ToList();
        return settings.Count > 0 ? settings : throw new InvalidOperationException($"{path} has no '{section}' section.");
    }
}
