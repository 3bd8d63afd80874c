using System.Net;
using Complaints.Host.Api;

namespace Complaints.Host.Telemetry;

/// <summary>
/// Which requests the Prometheus scrape endpoint answers: a GET of <c>Telemetry:Prometheus:Path</c> over HTTP/1.1, or
/// over TLS — so the HTTP/1.1 endpoint, never the cleartext gRPC one, which speaks HTTP/2 alone. With <c>LoopbackOnly</c>
/// (the default) a caller from another machine is answered as if there were no such path. What is served holds counts,
/// durations and names (stages, messages, steps, routes), never residents' data; still, how busy a landlord's
/// complaints service is belongs to the landlord, so the default is off, and on only for this machine.
/// </summary>
internal static class PrometheusScrape
{
    public static bool IsScrape(HttpContext context, TelemetryOptions.PrometheusSettings settings) =>
        settings.Enabled
        && HttpMethods.IsGet(context.Request.Method)
        && context.Request.Path.Equals(settings.Path, StringComparison.OrdinalIgnoreCase)
        && (context.Request.IsHttps || !HttpProtocol.IsHttp2(context.Request.Protocol))
        && !NativeGrpc.Is(context.Request);

    public static bool IsAllowed(HttpContext context, TelemetryOptions.PrometheusSettings settings) =>
        !settings.LoopbackOnly || context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);
}
