using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Complaints.Workspace.SignIn;

/// <summary>
/// Sign-in through the landlord's identity provider: the authorisation code flow with PKCE, tokens kept in the
/// workspace's cookie so each API call carries the person's own access token (the API checks it as it checks any).
/// </summary>
internal static class OpenIdSignInSetup
{
    public static void Configure(OpenIdConnectOptions oidc, OpenIdSignIn settings)
    {
        oidc.SignInScheme = SignedInPerson.Scheme;
        oidc.Authority = settings.Authority;
        oidc.ClientId = settings.ClientId;
        oidc.ClientSecret = settings.ClientSecret;
        oidc.ResponseType = "code";
        oidc.UsePkce = true;
        oidc.SaveTokens = true;
        oidc.CallbackPath = WorkspaceModule.PathBase + "/signin-oidc";
        oidc.SignedOutCallbackPath = WorkspaceModule.PathBase + "/signout-callback-oidc";
        oidc.MapInboundClaims = false;
        oidc.TokenValidationParameters.NameClaimType = "name";
        oidc.TokenValidationParameters.RoleClaimType = settings.RoleClaim;
        foreach (var scope in settings.Scopes)
            oidc.Scope.Add(scope);
    }
}
