using System.Reflection;
using System.Xml.Linq;

namespace Complaints.Architecture.Tests;

/// <summary>The modules as they are on disk: every folder under modules/ and its projects. Nothing is listed by hand,
/// so a new module is checked the moment it exists.</summary>
public static class ModuleCatalog
{
    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<ModuleProject> Projects { get; } = Directory
        .EnumerateFiles(Path.Combine(Root, "modules"), "*.csproj", SearchOption.AllDirectories)
        .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
        .Select(ModuleProject.Read)
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>Business modules: every folder under modules/ except Kernel.</summary>
    public static IReadOnlyList<string> ModuleNames { get; } =
        Projects.Select(p => p.Module).Where(m => m != "Kernel").Distinct().Order(StringComparer.Ordinal).ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Complaints.Modular.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Complaints.Modular.sln not found above the test's folder.");
    }
}

/// <summary>One project under modules/: its module, whether it is a Contracts project, and what it references.</summary>
public sealed record ModuleProject(string Name, string Module, bool IsContracts, IReadOnlyList<string> References, IReadOnlyList<string> ReferencePaths)
{
    public Assembly Assembly => Assembly.Load(Name);

    public static ModuleProject Read(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var module = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))!);
        // Each reference as the full path it resolves to, so a reference into host/ is caught however it is spelled.
        var referencePaths = XDocument.Load(path).Descendants("ProjectReference")
            .Select(r => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, r.Attribute("Include")!.Value.Replace('\\', '/'))))
            .ToList();
        var references = referencePaths.Select(Path.GetFileNameWithoutExtension).OfType<string>().ToList();
        return new ModuleProject(name, module, name.EndsWith(".Contracts", StringComparison.Ordinal), references, referencePaths);
    }
}
