using System.Buffers;
using System.IO.Pipelines;
using Google.Protobuf;

namespace Complaints.Grpc.Client;

/// <summary>
/// One call in flight, of any kind: write requests to <see cref="RequestStream"/>, read responses from
/// <see cref="ResponseStream"/> (or <see cref="ResponseAsync"/> for a single one). A non-OK status is thrown as
/// <see cref="RpcException"/> when it is reached. Disposing a call that has not finished cancels it (RST_STREAM).
/// </summary>
public sealed class GrpcCall<TRequest, TResponse> : IDisposable
    where TRequest : class, IMessage<TRequest>, new()
    where TResponse : class, IMessage<TResponse>, new()
{
    private readonly Method<TRequest, TResponse> _method;
    private readonly GrpcClientOptions _options;
    private readonly CallOptions _callOptions;
    private readonly CancellationTokenSource _cancellation;
    private readonly CancellationTokenSource? _deadline;
    private readonly RequestStreamContent _content = new();
    private readonly Task<HttpResponseMessage> _sending;
    private readonly Lazy<Task<ResponseBody>> _body;
    private Status? _status;
    private Metadata? _trailers;

    internal GrpcCall(HttpClient http, Uri address, Method<TRequest, TResponse> method, GrpcClientOptions options, CallOptions callOptions)
    {
        _method = method;
        _options = options;
        _callOptions = callOptions;
        // The deadline has its own source, so a timer that fires a few milliseconds early still reads as the deadline.
        _deadline = callOptions.Deadline is { } deadline ? new CancellationTokenSource(ClampToTimer(deadline - DateTime.UtcNow)) : null;
        _cancellation = _deadline is null
            ? CancellationTokenSource.CreateLinkedTokenSource(callOptions.CancellationToken)
            : CancellationTokenSource.CreateLinkedTokenSource(callOptions.CancellationToken, _deadline.Token);
        var request = CallRequest.Create(address, method.FullName, _content, options, callOptions);
        _sending = http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, _cancellation.Token);
        _cancellation.Token.Register(Abort);
        _body = new Lazy<Task<ResponseBody>>(OpenResponseAsync);
        RequestStream = new Writer(this);
        ResponseStream = new Reader(this);
    }

    public IClientStreamWriter<TRequest> RequestStream { get; }

    public IAsyncStreamReader<TResponse> ResponseStream { get; }

    /// <summary>The server's response headers (metadata only).</summary>
    public Task<Metadata> ResponseHeadersAsync => GetResponseHeadersAsync();

    /// <summary>The single response of a unary or client-streaming call, once the status says OK.</summary>
    public Task<TResponse> ResponseAsync => GetSingleResponseAsync();

    /// <summary>The call's status; only once the response stream has been read to its end.</summary>
    public Status GetStatus() => _status ?? throw new InvalidOperationException("The call has not finished yet.");

    /// <summary>The trailing metadata; only once the response stream has been read to its end.</summary>
    public Metadata GetTrailers() => _trailers ?? throw new InvalidOperationException("The call has not finished yet.");

    public void Dispose()
    {
        if (_status is null)
            _cancellation.Cancel(); // aborts the stream: the server sees RST_STREAM(CANCEL)
        _content.Abort(new ObjectDisposedException("The call was disposed."));
        if (_sending.IsCompletedSuccessfully)
            _sending.Result.Dispose();
        _cancellation.Dispose();
        _deadline?.Dispose();
    }

    /// <summary>On cancellation or deadline, resets the HTTP/2 stream so the server's handler is cancelled too.</summary>
    private void Abort()
    {
        _content.Abort(new OperationCanceledException("The call was cancelled."));
        if (_sending is { IsCompletedSuccessfully: true })
            _sending.Result.Dispose();
    }

    private async Task<Metadata> GetResponseHeadersAsync()
    {
        var body = await Guard(() => _body.Value);
        return body.Headers;
    }

    private async Task<TResponse> GetSingleResponseAsync()
    {
        if (!await ResponseStream.MoveNext())
            throw Fail(new Status(StatusCode.Internal, "The server finished the call without a response message."));
        var response = ResponseStream.Current;
        if (await ResponseStream.MoveNext())
            throw Fail(new Status(StatusCode.Internal, "The server sent more than one response message to a single-response call."));
        return response;
    }

    private async Task<ResponseBody> OpenResponseAsync()
    {
        var response = await _sending;
        var headerStatus = CallResponse.ReadHeaderStatus(response);
        var headers = CallResponse.ReadMetadata(response.Headers);
        if (headerStatus is not null)
            return new ResponseBody(headers, null, headerStatus, null); // trailers-only
        var stream = await response.Content.ReadAsStreamAsync(_cancellation.Token);
        var encoding = CallResponse.Header(response.Headers, GrpcProtocol.EncodingHeader);
        return new ResponseBody(headers, PipeReader.Create(stream), null, encoding);
    }

    private async Task<TResponse?> ReadNextAsync(CancellationToken cancellationToken)
    {
        if (_status is { } finished)
            return finished.StatusCode == StatusCode.OK ? null : throw new RpcException(finished, _trailers);
        var body = await Guard(() => _body.Value);
        if (body.TrailersOnlyStatus is { } status)
            return status.StatusCode == StatusCode.OK ? FinishOk(status, body.Headers) : throw Finish(status, body.Headers);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(_cancellation.Token, cancellationToken);
        var settings = new MessageFraming.ReadSettings(_options.MaxReceiveMessageSize, body.Encoding);
        var message = await Guard(async () =>
        {
            try
            {
                return await MessageFraming.ReadAsync(body.Messages!, _method.ResponseParser, settings, linked.Token);
            }
            catch (InvalidProtocolBufferException e)
            {
                throw new RpcException(StatusCode.Internal, $"Failed to decode the response message: {e.Message}");
            }
        });
        if (message is not null)
            return message;
        var response = _sending.Result;
        var trailers = CallResponse.ReadMetadata(response.TrailingHeaders);
        var failure = Finish(CallResponse.ReadTrailerStatus(response), trailers);
        return failure.StatusCode == StatusCode.OK ? null : throw failure;
    }

    /// <summary>A protocol fault found after the status arrived: it replaces even an OK status.</summary>
    private RpcException Fail(Status status)
    {
        _status = status;
        _trailers ??= new Metadata();
        return new RpcException(status, _trailers);
    }

    private TResponse? FinishOk(Status status, Metadata trailers)
    {
        Finish(status, trailers);
        return null;
    }

    private RpcException Finish(Status status, Metadata trailers)
    {
        _status ??= status;
        _trailers ??= trailers;
        return new RpcException(_status, _trailers);
    }

    private async Task WriteAsync(TRequest message, CancellationToken cancellationToken)
    {
        var stream = await RequestBodyAsync();
        var buffer = new ArrayBufferWriter<byte>(message.CalculateSize() + GrpcProtocol.MessagePrefixLength);
        MessageFraming.Write(buffer, message, _options.MaxSendMessageSize, _options.CompressRequests);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(_cancellation.Token, cancellationToken);
        try
        {
            await stream.WriteAsync(buffer.WrittenMemory, linked.Token);
            await stream.FlushAsync(linked.Token);
        }
        catch (Exception e) when (IsTransportFailure(e))
        {
            // The server may have ended the call while we were still sending (a message over its limit, say);
            // then its status, not our broken write, is what the caller needs to see.
            var cancelled = DeadlinePassed || _callOptions.CancellationToken.IsCancellationRequested;
            if (!cancelled && await ServerStatusAfterFailedWriteAsync() is { } serverStatus)
            {
                if (serverStatus.Status is { } trailersOnly)
                    throw Finish(trailersOnly, serverStatus.Trailers);
                // The server answered normally before reading everything: its response and trailers are still to be
                // read, so the write fails without deciding the call's status.
                throw new RpcException(new Status(StatusCode.Cancelled, "The server completed the call before the request was fully sent."));
            }
            throw Finish(CallFailure.ToStatus(e, DeadlinePassed, _callOptions.CancellationToken.IsCancellationRequested), new Metadata());
        }
    }

    /// <summary>The server's answer, if it has already answered: its trailers-only status, or a null status when a
    /// normal response is under way.</summary>
    private async Task<(Status? Status, Metadata Trailers)?> ServerStatusAfterFailedWriteAsync()
    {
        await Task.WhenAny(_sending, Task.Delay(TimeSpan.FromSeconds(1)));
        if (!_sending.IsCompletedSuccessfully)
            return null;
        var body = await _body.Value;
        return (body.TrailersOnlyStatus, body.Headers);
    }

    /// <summary>
    /// The request body stream. If the server answers before HttpClient starts sending the body (say, UNIMPLEMENTED),
    /// the body never starts, and the server's status is what the writer must see.
    /// </summary>
    private async Task<Stream> RequestBodyAsync()
    {
        await Task.WhenAny(_content.Stream, _sending);
        if (!_content.Stream.IsCompleted)
        {
            var body = await Guard(() => _body.Value);
            if (body.TrailersOnlyStatus is { } status)
                throw Finish(status, body.Headers);
        }
        return await Guard(() => _content.Stream);
    }

    /// <summary>Turns transport failures, cancellation and the deadline into the matching <see cref="RpcException"/>.</summary>
    private async Task<T> Guard<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (RpcException e)
        {
            throw Finish(e.Status, e.Trailers);
        }
        catch (Exception e) when (IsTransportFailure(e))
        {
            var status = CallFailure.ToStatus(e, DeadlinePassed, _callOptions.CancellationToken.IsCancellationRequested);
            throw Finish(status, new Metadata());
        }
    }

    /// <summary>
    /// Failures of the HTTP/2 stream under the call. HttpClient disposes the request stream when the server ends the
    /// call first (a trailers-only UNIMPLEMENTED racing our write), so a disposed stream counts too.
    /// </summary>
    private static bool IsTransportFailure(Exception e) =>
        e is OperationCanceledException or HttpRequestException or IOException or ObjectDisposedException;

    private bool DeadlinePassed => _deadline?.IsCancellationRequested == true
        || (_callOptions.Deadline is { } deadline && DateTime.UtcNow >= deadline);

    private static TimeSpan ClampToTimer(TimeSpan remaining) =>
        remaining < TimeSpan.Zero ? TimeSpan.Zero
        : remaining > TimeSpan.FromMilliseconds(int.MaxValue - 1) ? TimeSpan.FromMilliseconds(int.MaxValue - 1)
        : remaining;

    private sealed record ResponseBody(Metadata Headers, PipeReader? Messages, Status? TrailersOnlyStatus, string? Encoding);

    private sealed class Writer(GrpcCall<TRequest, TResponse> call) : IClientStreamWriter<TRequest>
    {
        public Task WriteAsync(TRequest message, CancellationToken cancellationToken = default) =>
            call.WriteAsync(message, cancellationToken);

        public Task CompleteAsync()
        {
            call._content.Complete();
            return Task.CompletedTask;
        }
    }

    private sealed class Reader(GrpcCall<TRequest, TResponse> call) : IAsyncStreamReader<TResponse>
    {
        private TResponse? _current;

        public TResponse Current => _current ?? throw new InvalidOperationException("Call MoveNext and check it returned true first.");

        public async Task<bool> MoveNext(CancellationToken cancellationToken = default)
        {
            _current = await call.ReadNextAsync(cancellationToken);
            return _current is not null;
        }
    }
}
