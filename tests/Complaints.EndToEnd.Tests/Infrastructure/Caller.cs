using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Who a call comes from: a bearer token signed by the <see cref="TestIdentityProvider"/>.</summary>
public static class Caller
{
    /// <summary>
    /// A call by <paramref name="id"/> holding <paramref name="roles"/> (comma-separated), whose permissions the default
    /// role table gives; stated without roles, the caller holds the tests' everything role instead.
    /// </summary>
    public static CallOptions As(string id, string? roles = null) =>
        new(Bearer(TestIdentityProvider.Token(id, roles is null ? [TestIdentityProvider.EverythingRole] : Roles(roles))));

    /// <summary>A call by <paramref name="id"/> holding exactly <paramref name="roles"/>, for the permission tests.</summary>
    public static CallOptions Exactly(string id, params string[] roles) => new(Bearer(TestIdentityProvider.Token(id, roles)));

    public static Metadata Bearer(string token) => new() { { "authorization", $"Bearer {token}" } };

    private static string[] Roles(string roles) =>
        roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Adds the default caller's token to every request that carries no authorization of its own.</summary>
public sealed class DefaultCallerHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null && !request.Headers.Contains("x-api-key"))
            request.Headers.Authorization = new("Bearer", TestIdentityProvider.DefaultToken);
        return base.SendAsync(request, cancellationToken);
    }
}
