namespace Complaints.Grpc;

/// <summary>Writes the messages of a stream (the shape of Grpc.Core's interface of the same name).</summary>
public interface IAsyncStreamWriter<in T>
{
    /// <summary>Writes one message. Calls must not overlap: await each write before the next.</summary>
    Task WriteAsync(T message, CancellationToken cancellationToken = default);
}

/// <summary>A server's writer for a streamed response.</summary>
public interface IServerStreamWriter<in T> : IAsyncStreamWriter<T>;

/// <summary>A client's writer for a streamed request; <see cref="CompleteAsync"/> tells the server it has all of it.</summary>
public interface IClientStreamWriter<in T> : IAsyncStreamWriter<T>
{
    Task CompleteAsync();
}
