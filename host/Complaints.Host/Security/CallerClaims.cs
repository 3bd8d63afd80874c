using System.Security.Claims;
using Complaints.Kernel.Pipeline;

namespace Complaints.Host.Security;

/// <summary>
/// The claims every authentication scheme here produces, whatever the identity provider calls them: a subject, a
/// display name, roles, and (for systems) the person they act for. The caller's <see cref="Actor"/> is read from these
/// alone, so a request field can never say who is calling.
/// </summary>
internal static class CallerClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string OnBehalfOf = "on_behalf_of";

    /// <summary>A system may say which person it acts for; the header is recorded, never trusted as the caller.</summary>
    public const string OnBehalfOfHeader = "x-on-behalf-of";

    public static ClaimsIdentity Identity(string scheme, string subject, string? name, IEnumerable<string> roles, string? onBehalfOf = null)
    {
        var identity = new ClaimsIdentity(scheme, Name, Role);
        identity.AddClaim(new Claim(Subject, subject));
        if (!string.IsNullOrWhiteSpace(name))
            identity.AddClaim(new Claim(Name, name));
        foreach (var role in roles.Distinct(StringComparer.Ordinal))
            identity.AddClaim(new Claim(Role, role));
        if (!string.IsNullOrWhiteSpace(onBehalfOf))
            identity.AddClaim(new Claim(OnBehalfOf, onBehalfOf.Trim()));
        return identity;
    }

    /// <summary>The actor of an authenticated principal (null when the call carries no accepted credentials).</summary>
    public static Actor? ActorOf(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || user.FindFirst(Subject)?.Value is not { Length: > 0 } subject)
            return null;
        var roles = user.FindAll(Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Actor(subject, roles) { Name = user.FindFirst(Name)?.Value, OnBehalfOf = user.FindFirst(OnBehalfOf)?.Value };
    }
}
