using System.Net;

namespace Complaints.Host.Security;

/// <summary>
/// TLS by default outside Development: a cleartext endpoint is allowed on loopback (a sidecar, the tests) or when
/// <c>Security:AllowPlainHttp</c> says TLS ends in front of the server; otherwise the server does not start, because
/// bearer tokens and API keys must never cross a network in the clear.
/// </summary>
internal static class TransportSecurity
{
    public static void RequireTlsOffLoopback(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment() || builder.Configuration.GetValue<bool>("Security:AllowPlainHttp"))
            return;
        var cleartext = builder.Configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(endpoint => (Name: endpoint.Key, Url: endpoint["Url"]))
            .Where(endpoint => endpoint.Url is { } url && url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !IsLoopback(url))
            .ToList();
        if (cleartext.Count > 0)
            throw new InvalidOperationException(
                $"Outside Development the server listens in cleartext only on loopback; {string.Join(", ", cleartext.Select(e => $"Kestrel:Endpoints:{e.Name} ({e.Url})"))} " +
                "would carry tokens and API keys unencrypted. Give it a certificate (https:// with Certificate:Path), or set " +
                "Security:AllowPlainHttp=true when TLS ends in a proxy in front of it.");
    }

    private static bool IsLoopback(string url)
    {
        var host = new Uri(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0")).Host;
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
