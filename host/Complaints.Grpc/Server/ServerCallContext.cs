using Microsoft.AspNetCore.Http;

namespace Complaints.Grpc.Server;

/// <summary>What a handler knows about the call it serves (the shape of Grpc.Core's class of the same name).</summary>
public sealed class ServerCallContext
{
    private readonly ServerCall _call;

    internal ServerCallContext(ServerCall call) => _call = call;

    /// <summary>The full method path, <c>/package.Service/Method</c>.</summary>
    public string Method => _call.MethodPath;

    public string Host => _call.HttpContext.Request.Host.Value ?? "";

    /// <summary>The caller's address, as <c>ipv4:127.0.0.1:5555</c> or <c>ipv6:[::1]:5555</c>.</summary>
    public string Peer => _call.Peer;

    /// <summary>When the caller stops waiting (UTC), or <see cref="DateTime.MaxValue"/> without a deadline.</summary>
    public DateTime Deadline => _call.Deadline;

    public Metadata RequestHeaders => _call.RequestHeaders;

    /// <summary>Cancelled when the caller cancels, the connection drops or the deadline passes.</summary>
    public CancellationToken CancellationToken => _call.CancellationToken;

    /// <summary>Metadata sent after the last message, with the status.</summary>
    public Metadata ResponseTrailers => _call.ResponseTrailers;

    /// <summary>The status sent when the handler returns normally; OK unless set. Throw <see cref="RpcException"/> instead where you can.</summary>
    public Status Status { get; set; } = Status.Ok;

    /// <summary>Sends response headers now, before the first message. At most once.</summary>
    public Task WriteResponseHeadersAsync(Metadata responseHeaders) => _call.WriteResponseHeadersAsync(responseHeaders);

    public HttpContext GetHttpContext() => _call.HttpContext;
}
