using System.Net.Sockets;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;

namespace Complaints.Grpc.Server;

/// <summary>
/// The protocol side of one server call: reads request messages, writes response headers, messages and the status,
/// and enforces the deadline. Writes are serialised by a lock so the deadline timer and the handler never interleave,
/// and whichever completes the call first wins; later writes fail.
/// </summary>
internal sealed class ServerCall : IAsyncDisposable
{
    private readonly GrpcServerOptions _options;
    private readonly CancellationTokenSource _callCancellation;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly string? _requestEncoding;
    private CancellationTokenRegistration _deadlineRegistration;
    private CancellationTokenSource? _deadlineTimer;
    private Task _deadlineHandling = Task.CompletedTask;
    private bool _responseHeadersSent;
    private volatile bool _completed;

    public ServerCall(HttpContext httpContext, string methodPath, GrpcServerOptions options, CallStart start)
    {
        HttpContext = httpContext;
        MethodPath = methodPath;
        _options = options;
        _requestEncoding = start.Encoding;
        RequestHeaders = start.RequestHeaders;
        var now = DateTime.UtcNow;
        Deadline = start.Timeout is { } timeout && timeout < DateTime.MaxValue - now ? now.Add(timeout) : DateTime.MaxValue;
        _callCancellation = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
        Context = new ServerCallContext(this);
        if (start.Timeout is { } t)
            StartDeadlineTimer(t);
    }

    public HttpContext HttpContext { get; }

    public string MethodPath { get; }

    public ServerCallContext Context { get; }

    public Metadata RequestHeaders { get; }

    public Metadata ResponseTrailers { get; } = new();

    public DateTime Deadline { get; }

    public CancellationToken CancellationToken => _callCancellation.Token;

    public bool DeadlineReached { get; private set; }

    public bool ClientCancelled => HttpContext.RequestAborted.IsCancellationRequested && !DeadlineReached;

    public string Peer
    {
        get
        {
            var connection = HttpContext.Connection;
            if (connection.RemoteIpAddress is null)
                return "unknown";
            return connection.RemoteIpAddress.AddressFamily == AddressFamily.InterNetworkV6
                ? $"ipv6:[{connection.RemoteIpAddress}]:{connection.RemotePort}"
                : $"ipv4:{connection.RemoteIpAddress}:{connection.RemotePort}";
        }
    }

    /// <summary>The next request message, or null when the client has finished sending.</summary>
    public ValueTask<T?> ReadMessageAsync<T>(MessageParser<T> parser, CancellationToken cancellationToken)
        where T : class, IMessage<T>
    {
        var settings = new MessageFraming.ReadSettings(_options.MaxReceiveMessageSize, _requestEncoding);
        return MessageFraming.ReadAsync(HttpContext.Request.BodyReader, parser, settings, cancellationToken);
    }

    /// <summary>The one request message of a unary or server-streaming call.</summary>
    public async Task<T> ReadSingleMessageAsync<T>(MessageParser<T> parser) where T : class, IMessage<T>
    {
        var message = await ReadMessageAsync(parser, CancellationToken)
            ?? throw new RpcException(StatusCode.Internal, "The request ended without a message; this method takes exactly one.");
        if (await ReadMessageAsync(parser, CancellationToken) is not null)
            throw new RpcException(StatusCode.Internal, "The request carried more than one message; this method takes exactly one.");
        return message;
    }

    public async Task WriteMessageAsync(IMessage message, bool flush, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            if (_completed)
                throw new InvalidOperationException("Can't write the message because the call is complete.");
            SendResponseHeadersIfNeeded();
            MessageFraming.Write(HttpContext.Response.BodyWriter, message, _options.MaxSendMessageSize);
            if (flush)
                await HttpContext.Response.BodyWriter.FlushAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task WriteResponseHeadersAsync(Metadata headers)
    {
        await _writeLock.WaitAsync(CancellationToken);
        try
        {
            if (_responseHeadersSent)
                throw new InvalidOperationException("Response headers can only be sent once per call.");
            foreach (var entry in headers)
                MetadataHeaders.Append(HttpContext.Response.Headers, entry);
            SendResponseHeadersIfNeeded();
            await HttpContext.Response.StartAsync(CancellationToken);
            await HttpContext.Response.BodyWriter.FlushAsync(CancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Ends the call with a status: in trailers, or trailers-only if nothing was sent yet. First caller wins.</summary>
    public async Task CompleteAsync(Status status, Metadata trailers)
    {
        await _writeLock.WaitAsync();
        try
        {
            if (_completed)
                return;
            _completed = true;
            if (HttpContext.RequestAborted.IsCancellationRequested)
                return; // The stream is gone; there is no one to tell.
            var response = HttpContext.Response;
            // HasStarted is not enough: an unflushed message has not started the response but must not be
            // followed by a trailers-only status.
            if (_responseHeadersSent)
            {
                StatusWriter.Write(status, trailers, response.AppendTrailer);
            }
            else
            {
                // Trailers-only: the status travels in the one HEADERS frame, which also ends the stream.
                SendResponseHeadersIfNeeded();
                StatusWriter.Write(status, trailers, response.Headers.Append);
            }
            await response.CompleteAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _deadlineRegistration.DisposeAsync();
        await _deadlineHandling;
        _deadlineTimer?.Dispose();
        _callCancellation.Dispose();
    }

    private void SendResponseHeadersIfNeeded()
    {
        if (_responseHeadersSent)
            return;
        _responseHeadersSent = true;
        var response = HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GrpcProtocol.ContentType;
        response.Headers[GrpcProtocol.AcceptEncodingHeader] = GrpcProtocol.SupportedEncodings;
    }

    private void StartDeadlineTimer(TimeSpan timeout)
    {
        // CancelAfter takes at most ~24.8 days; a longer deadline is as good as none.
        if (timeout > TimeSpan.FromMilliseconds(int.MaxValue - 1))
            return;
        _deadlineTimer = new CancellationTokenSource(timeout);
        _deadlineRegistration = _deadlineTimer.Token.Register(() => _deadlineHandling = OnDeadlineAsync());
    }

    private async Task OnDeadlineAsync()
    {
        DeadlineReached = true;
        try
        {
            // Cancel first so a handler blocked in a write releases the lock, then answer the client ourselves
            // in case the handler ignores its token.
            await _callCancellation.CancelAsync();
            await CompleteAsync(new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded"), new Metadata());
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException or IOException)
        {
            // The call finished on its own while the deadline fired; its status is already on its way.
        }
    }

    /// <summary>What is learned from the request headers before the call starts.</summary>
    public sealed record CallStart(Metadata RequestHeaders, TimeSpan? Timeout, string? Encoding);

    internal static void RelaxBodyLimits(HttpContext httpContext)
    {
        // Message size limits apply per message instead; streams may be long-lived and idle.
        if (httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = null;
        if (httpContext.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } rate)
            rate.MinDataRate = null;
    }
}
