using System.Security.Claims;
using Complaints.Client;
using Microsoft.AspNetCore.Authentication;

namespace Complaints.Workspace.SignIn;

/// <summary>
/// The person using the workspace, from its sign-in cookie, and the credentials their API calls carry: the access
/// token the identity provider issued them, or (development sign-in) their id and roles.
/// </summary>
public sealed record SignedInPerson(string Id, string Name, IReadOnlyList<string> Roles, ApiCredentials Credentials)
{
    public const string Scheme = "Workspace";
    public const string OpenIdScheme = "WorkspaceOpenId";
    private const string DevelopmentMethod = "development";

    public bool Has(string role) => Roles.Contains(role, StringComparer.Ordinal);

    public static ClaimsPrincipal DevelopmentPrincipal(WorkspacePerson person)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, person.Id), new(ClaimTypes.Name, person.Name), new(ClaimTypes.AuthenticationMethod, DevelopmentMethod) };
        claims.AddRange(person.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
    }

    /// <summary>Null when the cookie is missing, expired, or an identity-provider sign-in has no access token left.</summary>
    public static SignedInPerson? From(AuthenticateResult result, string roleClaim)
    {
        if (!result.Succeeded || result.Principal is not { } principal)
            return null;
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? principal.FindFirstValue("sub");
        if (id is null)
            return null;
        var name = principal.FindFirstValue(ClaimTypes.Name) ?? principal.FindFirstValue("name") ?? id;
        var roles = principal.FindAll(ClaimTypes.Role).Concat(principal.FindAll(roleClaim)).Select(c => c.Value).Distinct().ToList();
        if (principal.FindFirstValue(ClaimTypes.AuthenticationMethod) == DevelopmentMethod)
            return new SignedInPerson(id, name, roles, ApiCredentials.Development(id, roles));
        return result.Properties?.GetTokenValue("access_token") is { Length: > 0 } token
            ? new SignedInPerson(id, name, roles, ApiCredentials.Bearer(token))
            : null;
    }
}
