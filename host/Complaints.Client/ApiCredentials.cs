using Grpc.Core;

namespace Complaints.Client;

/// <summary>
/// How a call is signed in: a bearer token from the landlord's identity provider, an API key issued to a system, or —
/// in Development only, and only from loopback — the person and roles the caller states (the server's development
/// sign-in). The server checks each call against the same permission table whichever is used.
/// </summary>
public sealed record ApiCredentials
{
    public const string ApiKeyHeader = "x-api-key";
    public const string DevelopmentActorHeader = "x-actor-id";
    public const string DevelopmentRolesHeader = "x-actor-roles";

    private ApiCredentials(string? bearerToken, string? apiKey, string? actor, IReadOnlyList<string> roles) =>
        (BearerToken, ApiKey, Actor, Roles) = (bearerToken, apiKey, actor, roles);

    public string? BearerToken { get; }

    public string? ApiKey { get; }

    /// <summary>The person signed in (development sign-in), or null for a token or key.</summary>
    public string? Actor { get; }

    public IReadOnlyList<string> Roles { get; }

    public static ApiCredentials Bearer(string token) => new(token, null, null, []);

    public static ApiCredentials Key(string apiKey) => new(null, apiKey, null, []);

    public static ApiCredentials Development(string actor, IEnumerable<string> roles) => new(null, null, actor, roles.ToList());

    /// <summary>The call's headers that carry these credentials.</summary>
    public Metadata Headers()
    {
        var headers = new Metadata();
        if (BearerToken is not null)
            headers.Add("authorization", $"Bearer {BearerToken}");
        if (ApiKey is not null)
            headers.Add(ApiKeyHeader, ApiKey);
        if (Actor is not null)
        {
            headers.Add(DevelopmentActorHeader, Actor);
            headers.Add(DevelopmentRolesHeader, string.Join(',', Roles));
        }
        return headers;
    }
}
