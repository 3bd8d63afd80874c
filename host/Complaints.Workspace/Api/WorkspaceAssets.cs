using Microsoft.AspNetCore.Http;

namespace Complaints.Workspace.Api;

/// <summary>The stylesheets and the script, served from the assembly and cached for a day.</summary>
internal static class WorkspaceAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["govuk-frontend.min.css"] = "text/css; charset=utf-8",
        ["workspace.css"] = "text/css; charset=utf-8",
        ["workspace.js"] = "text/javascript; charset=utf-8",
    };

    public static IResult Serve(HttpContext context, string name)
    {
        if (!ContentTypes.TryGetValue(name, out var contentType)
            || typeof(WorkspaceAssets).Assembly.GetManifestResourceStream($"Complaints.Workspace.Assets.{name}") is not { } stream)
            return Results.NotFound();
        context.Response.Headers.CacheControl = "public, max-age=86400";
        return Results.Stream(stream, contentType);
    }
}
