namespace Complaints.Grpc;

/// <summary>Reads the messages of a stream one at a time (the shape of Grpc.Core's interface of the same name).</summary>
public interface IAsyncStreamReader<out T>
{
    /// <summary>The message read by the last successful <see cref="MoveNext"/>.</summary>
    T Current { get; }

    /// <summary>Reads the next message; false when the other side has finished sending.</summary>
    Task<bool> MoveNext(CancellationToken cancellationToken = default);
}
