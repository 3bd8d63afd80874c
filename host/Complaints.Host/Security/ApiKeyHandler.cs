using System.Text.Encodings.Web;
using Complaints.Kernel.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Complaints.Host.Security;

/// <summary>
/// A system calling with an API key the product issued (<c>x-api-key: ck_….…</c>): the key's system is the caller,
/// its roles are the caller's roles, and a person it says it acts for (<c>x-on-behalf-of</c>) is recorded beside it.
/// </summary>
internal sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "x-api-key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers[Header].ToString() is not { Length: > 0 } presented)
            return AuthenticateResult.NoResult();
        var key = await Context.RequestServices.GetRequiredService<ApiKeyStore>().AuthenticateAsync(presented, Context.RequestAborted);
        if (key is null)
            return AuthenticateResult.Fail("The API key is unknown, expired or revoked.");
        var identity = CallerClaims.Identity(SchemeName, key.System, $"{key.System} (API key {key.Id})", key.RoleList,
            Request.Headers[CallerClaims.OnBehalfOfHeader].ToString());
        return AuthenticateResult.Success(new AuthenticationTicket(new(identity), SchemeName));
    }
}
