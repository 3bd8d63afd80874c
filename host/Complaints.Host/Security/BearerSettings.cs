namespace Complaints.Host.Security;

/// <summary>
/// The landlord's OpenID Connect identity provider (<c>Authentication:Bearer</c>): Entra ID, Keycloak or any OIDC
/// issuer. Either <see cref="Authority"/> (keys fetched from its discovery document) or <see cref="Issuer"/> with the
/// signing keys as a JSON Web Key Set (<see cref="Jwks"/> or <see cref="JwksPath"/>) for a network without the
/// provider's metadata in reach.
/// </summary>
internal sealed class BearerSettings
{
    public const string Section = "Authentication:Bearer";

    /// <summary>The issuer's base address; <c>/.well-known/openid-configuration</c> is read from it.</summary>
    public string? Authority { get; set; }

    /// <summary>The <c>iss</c> tokens must carry (defaults to the authority's).</summary>
    public string? Issuer { get; set; }

    /// <summary>The <c>aud</c> tokens must carry: this API's client id or application id URI.</summary>
    public string? Audience { get; set; }

    /// <summary>The signing keys as a JSON Web Key Set document.</summary>
    public string? Jwks { get; set; }

    /// <summary>A file holding the signing keys as a JSON Web Key Set document.</summary>
    public string? JwksPath { get; set; }

    /// <summary>The claim naming the person: <c>sub</c>, or <c>oid</c> for Entra ID's object id.</summary>
    public string SubjectClaim { get; set; } = "sub";

    /// <summary>The claim with the person's display name.</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>The claim carrying roles (Entra ID: <c>roles</c>; Keycloak: map realm roles to a <c>roles</c> claim).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>Metadata must come over https, except from a loopback issuer in tests.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Audience)
        && (!string.IsNullOrWhiteSpace(Authority) || (!string.IsNullOrWhiteSpace(Issuer) && HasKeys));

    private bool HasKeys => !string.IsNullOrWhiteSpace(Jwks) || !string.IsNullOrWhiteSpace(JwksPath);

    public string? KeySetDocument() => !string.IsNullOrWhiteSpace(Jwks) ? Jwks : HasKeys ? File.ReadAllText(JwksPath!) : null;
}
