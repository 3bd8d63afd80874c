using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Certificate;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Complaints.Host.Security;

/// <summary>
/// How a caller proves who it is. One policy scheme picks the credential the request carries: a bearer token from the
/// landlord's identity provider (people), an API key issued by the product or a client certificate (systems), or, in
/// Development only, the old headers. A call with none stays anonymous and is refused by <see cref="Api.CallerInterceptor"/>
/// unless its service is open (health, reflection).
/// </summary>
internal static class CallerAuthentication
{
    public const string Scheme = "Caller";

    public static void AddCallerAuthentication(this WebApplicationBuilder builder)
    {
        var bearer = builder.Configuration.GetSection(BearerSettings.Section).Get<BearerSettings>() ?? new BearerSettings();
        var certificates = builder.Configuration.GetSection(CertificateSystems.Section).Get<CertificateSystems>() ?? new CertificateSystems();
        var development = builder.Environment.IsDevelopment();
        if (!development && !bearer.IsConfigured)
            throw new InvalidOperationException(
                $"No identity provider is configured, and outside Development the server will not run without one. Set " +
                $"{BearerSettings.Section}:Audience and either {BearerSettings.Section}:Authority (the OIDC issuer) or " +
                $"{BearerSettings.Section}:Issuer with {BearerSettings.Section}:JwksPath (see the README, \"Who may do what\").");

        // Nothing is authenticated for every request: the default scheme finds no one, and the caller interceptor
        // authenticates with this policy scheme only for the methods that need a caller (not health or reflection).
        var authentication = builder.Services.AddAuthentication(AnonymousHandler.SchemeName)
            .AddPolicyScheme(Scheme, "The credential the request carries", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && bearer.IsConfigured
                    ? JwtBearerDefaults.AuthenticationScheme
                    : context.Request.Headers.ContainsKey(ApiKeyHandler.Header) ? ApiKeyHandler.SchemeName
                    : context.Connection.ClientCertificate is not null && certificates.IsConfigured ? CertificateAuthenticationDefaults.AuthenticationScheme
                    : development ? DevelopmentHeadersHandler.SchemeName : AnonymousHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, AnonymousHandler>(AnonymousHandler.SchemeName, null);
        if (bearer.IsConfigured)
            authentication.AddJwtBearer(options => Configure(options, bearer));
        if (certificates.IsConfigured)
        {
            authentication.AddCertificate(certificates.Configure);
            // TLS accepts any client certificate so the certificate scheme can judge it against the landlord's own CA
            // (which the machine's store does not hold) and answer UNAUTHENTICATED, not a failed handshake.
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.AllowAnyClientCertificate()));
        }
        if (development)
            authentication.AddScheme<AuthenticationSchemeOptions, DevelopmentHeadersHandler>(DevelopmentHeadersHandler.SchemeName, null);
    }

    /// <summary>Says so at start-up whenever the Development headers are believed.</summary>
    public static void WarnWhenDevelopmentSignInIsOn(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
            app.Logger.LogWarning(
                "Development sign-in is on: loopback callers are believed as {ActorHeader}/{RolesHeader} state them. " +
                "Any other environment requires {Section} (a real identity provider).",
                DevelopmentHeadersHandler.ActorHeader, DevelopmentHeadersHandler.RolesHeader, BearerSettings.Section);
    }

    private static void Configure(JwtBearerOptions options, BearerSettings bearer)
    {
        // Claims keep the names the provider gives them ("sub", "roles"), not .NET's long URIs.
        options.MapInboundClaims = false;
        options.Authority = bearer.Authority;
        options.Audience = bearer.Audience;
        options.RequireHttpsMetadata = bearer.RequireHttpsMetadata;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            // With only an authority, the issuer is the one its discovery document states.
            ValidIssuer = string.IsNullOrWhiteSpace(bearer.Issuer) ? null : bearer.Issuer,
            ValidateAudience = true,
            ValidAudience = bearer.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(1),
            NameClaimType = bearer.NameClaim,
            RoleClaimType = bearer.RoleClaim,
        };
        if (bearer.KeySetDocument() is { } keySet)
            options.TokenValidationParameters.IssuerSigningKeys = new JsonWebKeySet(keySet).GetSigningKeys();
        options.TokenHandlers.Clear();
        options.TokenHandlers.Add(new RememberingTokenHandler { MapInboundClaims = false });
        options.Events = new JwtBearerEvents { OnTokenValidated = context => ToCallerClaims(context, bearer) };
    }

    /// <summary>Re-states the validated token in <see cref="CallerClaims"/>; a token without a subject is refused.</summary>
    private static Task ToCallerClaims(TokenValidatedContext context, BearerSettings bearer)
    {
        var token = context.Principal!;
        if (token.FindFirst(bearer.SubjectClaim)?.Value is not { Length: > 0 } subject)
        {
            context.Fail($"The token carries no '{bearer.SubjectClaim}' claim to name the caller.");
            return Task.CompletedTask;
        }
        var roles = token.FindAll(bearer.RoleClaim).Select(c => c.Value);
        var name = token.FindFirst(bearer.NameClaim)?.Value ?? token.FindFirst("preferred_username")?.Value;
        context.Principal = new(CallerClaims.Identity(JwtBearerDefaults.AuthenticationScheme, subject, name, roles));
        return Task.CompletedTask;
    }
}
