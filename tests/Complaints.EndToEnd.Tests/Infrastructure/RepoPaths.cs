namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Paths in the repository, found from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Conformance => Path.Combine(Root, "tests", "conformance");

    public static string NodeModules => Path.Combine(Conformance, "node_modules");

    /// <summary>Where a run leaves what a person may want to look at afterwards (screenshots, generated tables).</summary>
    public static string TestResults => Path.Combine(Root, "tests", "TestResults");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Complaints.Modular.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No Complaints.Modular.sln above {AppContext.BaseDirectory}.");
    }
}
