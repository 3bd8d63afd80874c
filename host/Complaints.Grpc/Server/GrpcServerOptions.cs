namespace Complaints.Grpc.Server;

/// <summary>Limits and behaviour of the gRPC server, bound from configuration section <c>Grpc</c>.</summary>
public sealed class GrpcServerOptions
{
    /// <summary>Largest request message accepted (after decompression); larger ones fail with RESOURCE_EXHAUSTED.</summary>
    public int MaxReceiveMessageSize { get; set; } = GrpcProtocol.DefaultMaxMessageSize;

    /// <summary>Largest response message sent; a handler writing a larger one fails with RESOURCE_EXHAUSTED.</summary>
    public int MaxSendMessageSize { get; set; } = GrpcProtocol.DefaultMaxMessageSize;

    /// <summary>Put an unexpected exception's message in the UNKNOWN status. Off by default: it can leak internals.</summary>
    public bool EnableDetailedErrors { get; set; }
}
