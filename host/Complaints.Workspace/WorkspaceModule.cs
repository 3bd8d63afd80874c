using System.Reflection;
using Complaints.Workspace.Api;
using Complaints.Workspace.Demo;
using Complaints.Workspace.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Complaints.Workspace;

/// <summary>
/// Registers and serves the officers' workspace under <c>/workspace</c>: Razor Pages, their sign-in cookie (and the
/// landlord's identity provider, when configured), the stylesheet, and the demo data seeded on a first run in
/// Development. Nothing here touches a module: pages call the public API as the person signed in.
/// </summary>
public static class WorkspaceModule
{
    public const string PathBase = "/workspace";

    public static WebApplicationBuilder AddWorkspace(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(WorkspaceOptions.Section);
        var options = section.Get<WorkspaceOptions>() ?? new WorkspaceOptions();
        builder.Services.Configure<WorkspaceOptions>(section);
        var development = builder.Environment.IsDevelopment();
        builder.Services.PostConfigure<WorkspaceOptions>(o =>
        {
            o.DevelopmentSignIn ??= development;
            o.SeedDemoDataOnFirstRun ??= development;
        });
        if (!options.Enabled)
            return builder;
        builder.Services.AddSingleton<WorkspaceChannel>();
        builder.Services.AddScoped<SignInFilter>();
        // Named as a part: where the host is not the entry assembly (the end-to-end tests), its pages would not be found.
        builder.Services.AddRazorPages().AddApplicationPart(typeof(WorkspaceModule).Assembly).AddMvcOptions(mvc => mvc.Filters.AddService<SignInFilter>());
        var authentication = builder.Services.AddAuthentication().AddCookie(SignedInPerson.Scheme, cookie =>
        {
            cookie.Cookie.Name = "complaints-workspace";
            cookie.Cookie.Path = PathBase;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = PathBase + "/sign-in";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        if (options.SignIn.IsConfigured)
            authentication.AddOpenIdConnect(SignedInPerson.OpenIdScheme, oidc => OpenIdSignInSetup.Configure(oidc, options.SignIn));
        if (options.SeedDemoDataOnFirstRun ?? development)
            builder.Services.AddHostedService<DemoDataOnFirstRun>();
        return builder;
    }

    public static WebApplication MapWorkspace(this WebApplication app)
    {
        if (app.Services.GetService<WorkspaceChannel>() is null)
            return app;
        app.UseWhen(context => context.Request.Path.StartsWithSegments(PathBase), workspace =>
        {
            workspace.Use(async (context, next) =>
            {
                // Pages fetch nothing from elsewhere and run only the workspace's own script.
                context.Response.Headers.ContentSecurityPolicy =
                    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers["Referrer-Policy"] = "same-origin";
                await next();
            });
            workspace.UseAuthentication(); // the identity provider's sign-in callback
            workspace.Use(async (context, next) =>
            {
                // The person is known before anything checks a form's anti-forgery token, which is bound to them.
                if ((await context.AuthenticateAsync(SignedInPerson.Scheme)).Principal is { } person)
                    context.User = person;
                await next();
            });
        });
        app.MapRazorPages();
        app.MapGet(PathBase + "/assets/{name}", (HttpContext context, string name) => WorkspaceAssets.Serve(context, name)).ExcludeFromDescription();
        return app;
    }
}
