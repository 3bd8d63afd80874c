using System.Reflection;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace Complaints.Architecture.Tests;

/// <summary>
/// Every RPC of every service a module or the host serves is implemented. A method the class forgets to override
/// would otherwise answer UNIMPLEMENTED from the generated base, silently, and only to the client who calls it.
/// </summary>
public sealed class GrpcServiceTests
{
    private static readonly Assembly Host = typeof(Complaints.Host.ComplaintsApp).Assembly;

    public static TheoryData<string> ServiceClasses()
    {
        var data = new TheoryData<string>();
        foreach (var type in ServiceTypes())
            data.Add(type.FullName!);
        return data;
    }

    [Fact]
    public void EveryModuleAndTheHost_ServeAtLeastOneService()
    {
        var owners = ServiceTypes().Select(t => t.Assembly.GetName().Name).ToHashSet();

        Assert.Contains(Host.GetName().Name, owners);
        foreach (var module in ModuleCatalog.Projects.Where(p => p.Module != "Kernel" && !p.IsContracts))
            Assert.Contains(module.Name, owners);
    }

    [Theory]
    [MemberData(nameof(ServiceClasses))]
    public void EveryRpcOfTheService_IsOverridden(string serviceClass)
    {
        var type = ServiceTypes().Single(t => t.FullName == serviceClass);
        var descriptor = DescriptorOf(type);

        var overridden = type.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
            .Where(m => m.GetBaseDefinition().DeclaringType != type)
            .Select(m => m.Name)
            .ToHashSet();

        Assert.NotEmpty(descriptor.Methods);
        var missing = descriptor.Methods.Select(m => m.Name).Except(overridden).ToList();
        Assert.True(missing.Count == 0, $"{serviceClass} does not override {string.Join(", ", missing)}");
    }

    /// <summary>Classes that derive from a generated <c>…ServiceBase</c> (it carries <see cref="BindServiceMethodAttribute"/>).</summary>
    private static IEnumerable<Type> ServiceTypes() =>
        ModuleCatalog.Projects.Where(p => !p.IsContracts).Select(p => p.Assembly).Append(Host)
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && GeneratedBase(t) is not null);

    private static Type? GeneratedBase(Type type) =>
        type.BaseType is { } b && b.GetCustomAttribute<BindServiceMethodAttribute>() is not null ? b : null;

    /// <summary>The generated base is nested in a static class whose <c>Descriptor</c> is the proto service.</summary>
    private static ServiceDescriptor DescriptorOf(Type serviceClass)
    {
        var container = GeneratedBase(serviceClass)!.DeclaringType!;
        return (ServiceDescriptor)container.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }
}
