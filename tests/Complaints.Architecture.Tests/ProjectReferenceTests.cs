using System.Xml.Linq;

namespace Complaints.Architecture.Tests;

public sealed class ProjectReferenceTests
{
    private const string Kernel = "Complaints.Kernel";

    /// <summary>The plug-in SDK: a leaf package in host/ that the Kernel runs plug-ins through, and that references nothing.</summary>
    private const string PluginSdk = "Complaints.Plugins.Abstractions";

    [Fact]
    public void Catalog_FindsTheKernelAndEveryModuleOnDisk()
    {
        Assert.Contains("Kernel", ModuleCatalog.Projects.Select(p => p.Module));
        Assert.Contains("Intake", ModuleCatalog.ModuleNames);
        Assert.Contains("Lifecycle", ModuleCatalog.ModuleNames);
        foreach (var module in ModuleCatalog.ModuleNames)
        {
            Assert.Single(ModuleCatalog.Projects, p => p.Module == module && p.IsContracts);
            Assert.Single(ModuleCatalog.Projects, p => p.Module == module && !p.IsContracts);
        }
    }

    [Fact]
    public void Modules_ReferenceOnlyTheKernelAndOtherModulesContracts()
    {
        var modules = ModuleCatalog.Projects.Where(p => p.Module != "Kernel" && !p.IsContracts).ToList();
        var references = modules.SelectMany(m => m.References.Select(r => (m.Name, Reference: r))).ToList();

        Assert.NotEmpty(modules);
        Assert.NotEmpty(references);
        var forbidden = references.Where(r => r.Reference != Kernel && !r.Reference.EndsWith(".Contracts"));
        Assert.Empty(forbidden);
    }

    [Fact]
    public void Modules_NeverReferenceTheHost()
    {
        var projects = ModuleCatalog.Projects;
        var references = projects.SelectMany(p => p.ReferencePaths.Select(path => (p.Name, Path: path))).ToList();

        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, r => r.Path.Replace('\\', '/').Contains("/host/", StringComparison.Ordinal)
            && !r.Path.Replace('\\', '/').EndsWith($"/host/{PluginSdk}/{PluginSdk}.csproj", StringComparison.Ordinal));
    }

    /// <summary>
    /// The workspace and the command-line tool call the API like any other client: each references only the API's
    /// client library, and that only the Kernel (for the protos' custom options, compiled once per process) — never a
    /// module, never the host.
    /// </summary>
    [Theory]
    [InlineData("Complaints.Workspace", "Complaints.Client")]
    [InlineData("Complaints.Cli", "Complaints.Client")]
    [InlineData("Complaints.Client", "Complaints.Kernel")]
    public void Clients_ReachTheModulesOnlyThroughTheApi(string project, string onlyReference)
    {
        var csproj = XDocument.Load(Path.Combine(ModuleCatalog.Root, "host", project, $"{project}.csproj"));
        var references = csproj.Descendants().Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value)).ToList();

        Assert.Equal([onlyReference], references);
    }

    [Fact]
    public void PluginSdk_ReferencesNothing()
    {
        var sdk = XDocument.Load(Path.Combine(ModuleCatalog.Root, "host", PluginSdk, $"{PluginSdk}.csproj"));

        Assert.DoesNotContain(sdk.Descendants(), e => e.Name.LocalName is "ProjectReference" or "PackageReference" or "FrameworkReference");
    }

    [Fact]
    public void Contracts_ReferenceOnlyTheKernel()
    {
        var contracts = ModuleCatalog.Projects.Where(p => p.IsContracts).ToList();

        Assert.NotEmpty(contracts);
        Assert.All(contracts, c => Assert.Equal([Kernel], c.References));
    }

    [Fact]
    public void Kernel_ReferencesNoModule()
    {
        var kernel = Assert.Single(ModuleCatalog.Projects, p => p.Module == "Kernel");

        Assert.DoesNotContain(kernel.References, r => r.StartsWith("Complaints.", StringComparison.Ordinal) && r != PluginSdk);
    }
}
