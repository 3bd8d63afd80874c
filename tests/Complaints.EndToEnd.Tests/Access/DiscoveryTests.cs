using Complaints.EndToEnd.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http;
using SystemV1 = Complaints.SystemApi.V1;

namespace Complaints.EndToEnd.Tests.Access;

/// <summary>
/// Configured with only the identity provider's address (<c>Authentication:Bearer:Authority</c>), the server reads the
/// provider's OpenID Connect discovery document and key set over HTTP, as it would from Entra ID or Keycloak.
/// </summary>
public sealed class DiscoveryTests
{
    [Fact]
    public async Task WithOnlyTheAuthority_TheServerFindsTheKeys_ThroughOpenIdConnectDiscovery()
    {
        await using var provider = await StartProviderAsync();
        var authority = provider.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        await using var host = await RunningHost.StartAsync(
            $"--Authentication:Bearer:Authority={authority}", "--Authentication:Bearer:Issuer=", "--Authentication:Bearer:Jwks=",
            "--Authentication:Bearer:RequireHttpsMetadata=false");

        var token = TestIdentityProvider.Token("disco", ["hms"], issuer: authority);
        var info = await host.System.GetInfoAsync(new SystemV1.GetInfoRequest(), Caller.Bearer(token));

        Assert.Equal("Complaints.Modular", info.Product);
    }

    /// <summary>A loopback identity provider publishing the test key set behind a discovery document.</summary>
    private static async Task<WebApplication> StartProviderAsync()
    {
        // Its own content root: the test folder holds the product's appsettings.json, whose endpoints are not the provider's.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Directory.CreateTempSubdirectory("idp-").FullName });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/.well-known/openid-configuration", (HttpContext context) =>
        {
            var issuer = $"{context.Request.Scheme}://{context.Request.Host}";
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = issuer, ["jwks_uri"] = $"{issuer}/keys", ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["response_types_supported"] = new[] { "code" }, ["subject_types_supported"] = new[] { "public" },
            });
        });
        app.MapGet("/keys", () => Results.Text(TestIdentityProvider.KeySet, "application/json"));
        await app.StartAsync();
        return app;
    }
}
