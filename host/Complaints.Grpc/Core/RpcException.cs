namespace Complaints.Grpc;

/// <summary>A call ended with a non-OK status. Thrown by handlers to answer with that status, and by the client.</summary>
public sealed class RpcException : Exception
{
    public RpcException(Status status, Metadata? trailers = null)
        : base($"Status(StatusCode=\"{status.StatusCode}\", Detail=\"{status.Detail}\")")
    {
        Status = status;
        Trailers = trailers ?? new Metadata();
    }

    public RpcException(StatusCode code, string detail) : this(new Status(code, detail)) { }

    public Status Status { get; }

    public StatusCode StatusCode => Status.StatusCode;

    /// <summary>Trailing metadata sent with (server) or received with (client) the status.</summary>
    public Metadata Trailers { get; }
}
