using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Complaints.Host.Security;

/// <summary>
/// Development only: accepts the caller a loopback client states in <c>x-actor-id</c> and <c>x-actor-roles</c>, so the
/// README's run command works with no identity provider. Registered only in the Development environment, and even there
/// a caller from another machine is never believed. Ids are trimmed and lower-cased, as a directory would keep them, so
/// "Alice" and "alice" are one person to separation of duties.
/// </summary>
internal sealed class DevelopmentHeadersHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DevelopmentHeaders";
    public const string ActorHeader = "x-actor-id";
    public const string RolesHeader = "x-actor-roles";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers[ActorHeader].ToString() is not { Length: > 0 } stated || string.IsNullOrWhiteSpace(stated))
            return Task.FromResult(AuthenticateResult.NoResult());
        if (Context.Connection.RemoteIpAddress is not { } address || !IPAddress.IsLoopback(address))
            return Task.FromResult(AuthenticateResult.Fail("Development sign-in is accepted from loopback callers only."));
        var roles = Request.Headers[RolesHeader].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var identity = CallerClaims.Identity(SchemeName, stated.Trim().ToLowerInvariant(), stated.Trim(), roles,
            Request.Headers[CallerClaims.OnBehalfOfHeader].ToString());
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new(identity), SchemeName)));
    }
}
