using Google.Protobuf;

namespace Complaints.Grpc.Server;

/// <summary>The response stream of a server-streaming or duplex call; each message is flushed as it is written.</summary>
internal sealed class ServerStreamWriter<T>(ServerCall call) : IServerStreamWriter<T> where T : IMessage
{
    public async Task WriteAsync(T message, CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(call.CancellationToken, cancellationToken);
        await call.WriteMessageAsync(message, flush: true, linked.Token);
    }
}
