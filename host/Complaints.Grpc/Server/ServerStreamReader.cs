using Google.Protobuf;

namespace Complaints.Grpc.Server;

/// <summary>The request stream of a client-streaming or duplex call.</summary>
internal sealed class ServerStreamReader<T>(ServerCall call, MessageParser<T> parser) : IAsyncStreamReader<T>
    where T : class, IMessage<T>
{
    private T? _current;

    public T Current => _current ?? throw new InvalidOperationException("Call MoveNext and check it returned true first.");

    public async Task<bool> MoveNext(CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(call.CancellationToken, cancellationToken);
        _current = await call.ReadMessageAsync(parser, linked.Token);
        return _current is not null;
    }
}
