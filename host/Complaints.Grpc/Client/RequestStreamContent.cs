using System.Net;

namespace Complaints.Grpc.Client;

/// <summary>
/// A request body written while the call runs. HttpClient hands us the HTTP/2 stream in
/// <see cref="SerializeToStreamAsync(Stream, TransportContext?)"/>; we keep it open until the caller completes the
/// request, so messages can be sent as they come (client and duplex streaming).
/// </summary>
internal sealed class RequestStreamContent : HttpContent
{
    private readonly TaskCompletionSource<Stream> _stream = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RequestStreamContent() => Headers.TryAddWithoutValidation("Content-Type", GrpcProtocol.ContentType);

    /// <summary>The request body stream, once HttpClient has started sending.</summary>
    public Task<Stream> Stream => _stream.Task;

    public void Complete() => _completed.TrySetResult();

    public void Abort(Exception reason)
    {
        _stream.TrySetException(reason);
        _completed.TrySetException(reason);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        // HttpClient holds back the HEADERS frame until the body writes something; flushing sends it now, so a call
        // that waits for the server before writing does not hang.
        await stream.FlushAsync(cancellationToken);
        _stream.TrySetResult(stream);
        await _completed.Task.WaitAsync(cancellationToken);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
