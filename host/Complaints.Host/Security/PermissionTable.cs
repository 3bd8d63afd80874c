using System.Collections.Frozen;
using Complaints.Common.V1;
using Complaints.Host.Api;
using Complaints.Kernel.Pipeline;
using Grpc.AspNetCore.Server;
using Grpc.Core;

namespace Complaints.Host.Security;

/// <summary>
/// Which permission each RPC needs (the <c>(complaints.common.v1.permission)</c> option on the method in its proto) and
/// which permissions each role grants (configuration: <c>Authorization:Roles:&lt;role&gt;</c>). Loaded when the server is
/// built, from the services actually mapped (<see cref="Load"/>): an RPC without a permission, or a role granting a
/// permission no RPC needs (a typo), stops the server from starting. Default deny: a role grants only what it lists,
/// and until the table is loaded every guarded call is refused.
/// </summary>
internal sealed class PermissionTable
{
    /// <summary>The standard services a client must reach before it has credentials: health probes and reflection.</summary>
    public static readonly FrozenSet<string> OpenServices =
        new[] { "grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection", "grpc.reflection.v1.ServerReflection" }.ToFrozenSet();

    private FrozenDictionary<string, string> _permissionByMethod = FrozenDictionary<string, string>.Empty;
    private FrozenDictionary<string, FrozenSet<string>> _permissionsByRole = FrozenDictionary<string, FrozenSet<string>>.Empty;

    /// <summary>Every guarded method (<c>/package.Service/Method</c>) and the permission it needs.</summary>
    public IReadOnlyDictionary<string, string> PermissionByMethod => _permissionByMethod;

    /// <summary>Every configured role and the permissions it grants.</summary>
    public IReadOnlyDictionary<string, FrozenSet<string>> PermissionsByRole => _permissionsByRole;

    /// <summary>Whether the method needs no credentials at all (health, reflection): its caller is never authenticated.</summary>
    public bool IsOpen(string method) => !_permissionByMethod.ContainsKey(method) && OpenServices.Contains(ServiceOf(method));

    /// <summary>Refuses the call unless the method is open or the caller holds a role granting its permission.</summary>
    public void Demand(string method, Actor? caller)
    {
        if (!_permissionByMethod.TryGetValue(method, out var permission))
        {
            if (OpenServices.Contains(ServiceOf(method)))
                return;
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"{method} is not in the permission table, so no one may call it."));
        }
        if (caller is null)
            throw new RpcException(new Status(StatusCode.Unauthenticated,
                "No credentials were accepted: send a bearer token from the landlord's identity provider (authorization: Bearer …), " +
                "an API key (x-api-key) or a client certificate."));
        if (caller.Roles.Any(role => _permissionsByRole.TryGetValue(role, out var granted) && granted.Contains(permission)))
            return;
        var grantedBy = _permissionsByRole.Where(r => r.Value.Contains(permission)).Select(r => r.Key).Order(StringComparer.Ordinal);
        throw new RpcException(new Status(StatusCode.PermissionDenied,
            $"{method} needs the permission '{permission}', which none of the caller's roles grants " +
            $"(roles: {(caller.Roles.Count == 0 ? "none" : string.Join(", ", caller.Roles.Order(StringComparer.Ordinal)))}; " +
            $"granted by: {string.Join(", ", grantedBy)})."));
    }

    /// <summary>Reads the table from the mapped services and the configured roles; throws naming every gap.</summary>
    public void Load(IEnumerable<EndpointDataSource> sources, IConfiguration configuration)
    {
        var methods = new Dictionary<string, string>(StringComparer.Ordinal);
        var lacking = new List<string>();
        foreach (var grpc in sources.SelectMany(s => s.Endpoints).Select(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()).OfType<GrpcMethodMetadata>())
        {
            var method = grpc.Method;
            if (OpenServices.Contains(method.ServiceName) || methods.ContainsKey(method.FullName))
                continue;
            var permission = ServiceDescriptors.Of(grpc.ServiceType)?.FindMethodByName(method.Name)?.GetOptions()?.GetExtension(AccessExtensions.Permission);
            if (string.IsNullOrWhiteSpace(permission))
                lacking.Add(method.FullName);
            else
                methods[method.FullName] = permission;
        }
        if (lacking.Count > 0)
            throw new InvalidOperationException(
                $"Every RPC must name its permission with option (complaints.common.v1.permission); these do not: {string.Join(", ", lacking.Distinct())}.");

        var known = methods.Values.ToHashSet(StringComparer.Ordinal);
        var roles = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var role in configuration.GetSection("Authorization:Roles").GetChildren())
        {
            var granted = role.GetChildren().Select(p => p.Value).OfType<string>().ToFrozenSet(StringComparer.Ordinal);
            var unknown = granted.Where(p => !known.Contains(p)).ToList();
            if (unknown.Count > 0)
                throw new InvalidOperationException(
                    $"Authorization:Roles:{role.Key} grants {string.Join(", ", unknown)}, which no RPC needs. Known permissions: {string.Join(", ", known.Order())}.");
            roles[role.Key] = granted;
        }
        _permissionByMethod = methods.ToFrozenDictionary(StringComparer.Ordinal);
        _permissionsByRole = roles.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ServiceOf(string method) => method.Length > 1 && method.IndexOf('/', 1) is var slash and > 0 ? method[1..slash] : method;
}
