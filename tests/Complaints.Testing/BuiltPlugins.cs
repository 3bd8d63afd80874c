namespace Complaints.Testing;

/// <summary>
/// Plug-in assemblies as their own builds left them (the test projects build them without referencing them), to be
/// copied into a plug-in folder as a landlord would copy theirs.
/// </summary>
public static class BuiltPlugins
{
    public const string Samples = "Complaints.Samples.DampAndMould";

    public const string TestPlugins = "Complaints.TestPlugins";

    public static string SamplesAssembly() => Path(Samples, System.IO.Path.Combine("host", "plugins", "samples", "DampAndMould"));

    public static string TestPluginsAssembly() => Path(TestPlugins, System.IO.Path.Combine("tests", "Complaints.TestPlugins"));

    /// <summary>Built in the same configuration as the running test project.</summary>
    private static string Path(string assembly, string projectFolder)
    {
        var separator = System.IO.Path.DirectorySeparatorChar;
        var configuration = AppContext.BaseDirectory.Contains($"{separator}Release{separator}") ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = System.IO.Path.Combine(dir.FullName, projectFolder, "bin", configuration, "net10.0", $"{assembly}.dll");
            if (File.Exists(path))
                return path;
        }
        throw new FileNotFoundException($"{assembly}.dll has not been built.");
    }
}
