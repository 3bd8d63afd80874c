using System.Reflection;

namespace Complaints.Architecture.Tests;

public sealed class VisibilityTests
{
    [Fact]
    public void ModuleTypes_AreInternalExceptTheRegistrationClass()
    {
        var modules = ModuleCatalog.Projects.Where(p => p.Module != "Kernel" && !p.IsContracts).ToList();

        Assert.NotEmpty(modules);
        foreach (var module in modules)
        {
            var publicTypes = module.Assembly.GetExportedTypes().Select(t => t.FullName).ToList();
            Assert.Equal([$"Complaints.{module.Module}.{module.Module}Module"], publicTypes);
        }
    }

    [Fact]
    public void Contracts_ExposeNoEntityFrameworkOrProtobufTypes()
    {
        var members = ModuleCatalog.Projects.Where(p => p.IsContracts)
            .SelectMany(p => p.Assembly.GetExportedTypes())
            .SelectMany(t => SignatureTypes(t).Select(used => (Type: t, Used: used)))
            .ToList();

        Assert.NotEmpty(members);
        var leaks = members.Where(m => m.Used.Namespace is { } ns
            && (ns.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || ns.StartsWith("Google.Protobuf", StringComparison.Ordinal)));
        Assert.Empty(leaks.Select(l => $"{l.Type.Name} uses {l.Used.FullName}"));
    }

    /// <summary>Every type that appears in a public type's surface: base, interfaces, members' signatures.</summary>
    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var direct = new List<Type>();
        if (type.BaseType is not null)
            direct.Add(type.BaseType);
        direct.AddRange(type.GetInterfaces());
        foreach (var property in type.GetProperties(Public))
            direct.Add(property.PropertyType);
        foreach (var method in type.GetMethods(Public))
        {
            direct.Add(method.ReturnType);
            direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
        }
        foreach (var constructor in type.GetConstructors())
            direct.AddRange(constructor.GetParameters().Select(p => p.ParameterType));
        return direct.SelectMany(Expand).Distinct();
    }

    private static IEnumerable<Type> Expand(Type type) =>
        type.IsGenericType ? [type, .. type.GetGenericArguments().SelectMany(Expand)] : type.HasElementType ? Expand(type.GetElementType()!) : [type];
}
