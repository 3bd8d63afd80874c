using System.Xml.Linq;

namespace Complaints.Architecture.Tests;

/// <summary>Business rules are tested at the module: every module has a test project of its own, and only that project sees its internals.</summary>
public sealed class TestProjectTests
{
    [Fact]
    public void EveryModule_HasATestProjectOfItsOwn()
    {
        var missing = ModuleCatalog.ModuleNames
            .Where(module => !File.Exists(Path.Combine(ModuleCatalog.Root, "tests", $"Complaints.{module}.Tests", $"Complaints.{module}.Tests.csproj")));

        Assert.NotEmpty(ModuleCatalog.ModuleNames);
        Assert.Empty(missing);
    }

    [Fact]
    public void EveryModule_ShowsItsInternalsToItsOwnTestProjectOnly()
    {
        var modules = ModuleCatalog.Projects.Where(p => p.Module != "Kernel" && !p.IsContracts).ToList();
        var grants = modules.Select(p => (p.Module, Friends: XDocument.Load(Path.Combine(ModuleCatalog.Root, "modules", p.Module, p.Name, $"{p.Name}.csproj"))
            .Descendants("InternalsVisibleTo").Select(e => e.Attribute("Include")!.Value).ToList())).ToList();

        Assert.NotEmpty(grants);
        Assert.All(grants, g => Assert.Equal([$"Complaints.{g.Module}.Tests"], g.Friends));
    }
}
