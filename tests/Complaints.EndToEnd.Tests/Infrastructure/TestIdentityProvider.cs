using System.Security.Cryptography;
using System.Text.Json;
using Complaints.Common.V1;
using Google.Protobuf.Reflection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The identity provider the test host trusts: an RSA key made for this test run, published to the host as a JSON Web
/// Key Set, and real RS256 tokens signed with it. The host validates them through JwtBearer like any issuer's.
/// </summary>
public static class TestIdentityProvider
{
    public const string Issuer = "https://idp.complaints.test/realms/landlord";
    public const string Audience = "complaints-api";
    public const string KeyId = "test-run-key";

    /// <summary>
    /// A role granting every permission, held by the tests' default caller (and by <see cref="Caller.As"/> callers
    /// stated without roles), so tests about a module's behaviour pass the permission check the way any entitled caller
    /// would. Callers stated with roles hold just those, under the default role table.
    /// </summary>
    public const string EverythingRole = "e2e-everything";

    private static readonly RSA Key = RSA.Create(2048);
    public static SigningCredentials SigningCredentials { get; } = new(new RsaSecurityKey(Key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);

    /// <summary>The signing key's public half, as an identity provider publishes it.</summary>
    public static string KeySet { get; } = PublishedKeySet(Key, KeyId);

    /// <summary>Every permission an RPC of the public API names.</summary>
    public static IReadOnlyList<string> ProductPermissions { get; } = PermissionsOf(ServedDescriptors.Product);

    /// <summary>What a host serving the product alone is started with: trust this provider; <see cref="EverythingRole"/> may do anything.</summary>
    public static string[] HostArgs { get; } = Trust(ProductPermissions);

    /// <summary>The same, for a host that also serves the tests' probe services.</summary>
    public static string[] HostWithProbesArgs { get; } = Trust(PermissionsOf(ServedDescriptors.All));

    private static string[] Trust(IEnumerable<string> permissions) =>
    [
        $"--Authentication:Bearer:Issuer={Issuer}", $"--Authentication:Bearer:Audience={Audience}", $"--Authentication:Bearer:Jwks={KeySet}",
        .. permissions.Select((permission, i) => $"--Authorization:Roles:{EverythingRole}:{i}={permission}"),
    ];

    private static List<string> PermissionsOf(IEnumerable<ServiceDescriptor> services) => services
        .SelectMany(s => s.Methods)
        .Select(m => m.GetOptions()?.GetExtension(AccessExtensions.Permission))
        .OfType<string>().Distinct().Order().ToList();

    /// <summary>The caller of every test call that does not say who it is.</summary>
    public static string DefaultToken { get; } = Token("e2e-caller", [EverythingRole], lifetime: TimeSpan.FromHours(6));

    /// <summary>A signed token for <paramref name="subject"/> holding exactly <paramref name="roles"/>.</summary>
    public static string Token(string subject, IEnumerable<string> roles, string? name = null, TimeSpan? lifetime = null,
        string issuer = Issuer, string audience = Audience, SigningCredentials? signing = null, DateTime? notBefore = null)
    {
        var now = notBefore ?? DateTime.UtcNow;
        var claims = new Dictionary<string, object> { ["sub"] = subject, ["roles"] = roles.ToArray() };
        if (name is not null)
            claims["name"] = name;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromMinutes(10)),
            SigningCredentials = signing ?? SigningCredentials,
        });
    }

    /// <summary>A key this provider never published: tokens signed with it must be refused.</summary>
    public static SigningCredentials StrangerKey() => new(new RsaSecurityKey(RSA.Create(2048)) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);

    /// <summary>What a Node.js client needs to sign the same tokens (tests/conformance/caller.mjs).</summary>
    public static IReadOnlyDictionary<string, string> NodeEnvironment { get; } = new Dictionary<string, string>
    {
        ["COMPLAINTS_TEST_SIGNING_KEY"] = Key.ExportPkcs8PrivateKeyPem(),
        ["COMPLAINTS_TEST_KEY_ID"] = KeyId,
        ["COMPLAINTS_TEST_ISSUER"] = Issuer,
        ["COMPLAINTS_TEST_AUDIENCE"] = Audience,
        ["COMPLAINTS_TEST_EVERYTHING_ROLE"] = EverythingRole,
    };

    private static string PublishedKeySet(RSA key, string keyId)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, string>
        {
            ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus), ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        return JsonSerializer.Serialize(new { keys = new[] { jwk } });
    }
}
