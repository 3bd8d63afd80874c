namespace Complaints.Architecture.Tests;

public sealed class ProjectReferenceTests
{
    private const string Kernel = "Complaints.Kernel";

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
        Assert.DoesNotContain(references, r => r.Path.Replace('\\', '/').Contains("/host/", StringComparison.Ordinal));
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

        Assert.DoesNotContain(kernel.References, r => r.StartsWith("Complaints.", StringComparison.Ordinal));
    }
}
