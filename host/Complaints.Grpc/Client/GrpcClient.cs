using System.Net;
using Google.Protobuf;

namespace Complaints.Grpc.Client;

/// <summary>
/// A gRPC client over HttpClient: HTTP/2 with prior knowledge for <c>http://</c> addresses, TLS with ALPN for
/// <c>https://</c>. The project's own stand-in for Grpc.Net.Client, for tests and tools. Thread-safe; reuse it.
/// </summary>
public sealed class GrpcClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _address;
    private readonly GrpcClientOptions _options;

    public GrpcClient(Uri address, GrpcClientOptions? options = null)
    {
        _address = address;
        _options = options ?? new GrpcClientOptions();
        var handler = _options.HttpHandler ?? new SocketsHttpHandler { EnableMultipleHttp2Connections = true };
        _http = new HttpClient(handler, disposeHandler: _options.HttpHandler is null)
        {
            Timeout = Timeout.InfiniteTimeSpan, // deadlines are per call
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
    }

    public GrpcClient(string address, GrpcClientOptions? options = null) : this(new Uri(address), options) { }

    /// <summary>Starts a call of any kind; the caller writes requests and reads responses.</summary>
    public GrpcCall<TRequest, TResponse> Start<TRequest, TResponse>(Method<TRequest, TResponse> method, CallOptions options = default)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new() =>
        new(_http, _address, method, _options, options);

    /// <summary>Sends one request and returns the response; a non-OK status is thrown as <see cref="RpcException"/>.</summary>
    public async Task<TResponse> UnaryAsync<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        using var call = await StartWithRequestAsync(method, request, options);
        return await call.ResponseAsync;
    }

    /// <summary>Sends one request; read the responses from the returned call's ResponseStream.</summary>
    public Task<GrpcCall<TRequest, TResponse>> ServerStreamingAsync<TRequest, TResponse>(
        Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new() =>
        StartWithRequestAsync(method, request, options);

    private async Task<GrpcCall<TRequest, TResponse>> StartWithRequestAsync<TRequest, TResponse>(
        Method<TRequest, TResponse> method, TRequest request, CallOptions options)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        var call = Start(method, options);
        try
        {
            await call.RequestStream.WriteAsync(request);
            await call.RequestStream.CompleteAsync();
            return call;
        }
        catch
        {
            call.Dispose();
            throw;
        }
    }

    public void Dispose() => _http.Dispose();
}
