using System.Text.Json;
using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Google.Protobuf.Reflection;

namespace Complaints.EndToEnd.Tests.Access;

/// <summary>
/// The permission table as the product ships it, read independently of the server's code: each RPC's permission from
/// the client-side descriptors, each role's permissions from the host's appsettings.json.
/// </summary>
public static class DefaultRoleTable
{
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> PermissionsByRole { get; } = Read();

    public static IReadOnlyList<MethodDescriptor> Methods { get; } = ServedDescriptors.Product.SelectMany(s => s.Methods).ToList();

    public static string PermissionOf(MethodDescriptor method) =>
        method.GetOptions()?.GetExtension(AccessExtensions.Permission) ?? throw new InvalidOperationException($"{method.FullName} names no permission.");

    public static bool Grants(string role, MethodDescriptor method) => PermissionsByRole[role].Contains(PermissionOf(method));

    private static Dictionary<string, IReadOnlySet<string>> Read()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "host", "Complaints.Host", "appsettings.json")));
        return settings.RootElement.GetProperty("Authorization").GetProperty("Roles").EnumerateObject()
            .ToDictionary(role => role.Name, role => (IReadOnlySet<string>)role.Value.EnumerateArray().Select(p => p.GetString()!).ToHashSet());
    }
}
