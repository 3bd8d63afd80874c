namespace Complaints.Grpc.Client;

/// <summary>How a <see cref="GrpcClient"/> connects and what it accepts.</summary>
public sealed class GrpcClientOptions
{
    /// <summary>The HTTP handler to send with, e.g. one with TLS settings. Default: a SocketsHttpHandler.</summary>
    public HttpMessageHandler? HttpHandler { get; set; }

    /// <summary>Largest response message accepted; larger ones fail the call with RESOURCE_EXHAUSTED.</summary>
    public int MaxReceiveMessageSize { get; set; } = GrpcProtocol.DefaultMaxMessageSize;

    /// <summary>Largest request message sent; a larger one fails the call with RESOURCE_EXHAUSTED before sending.</summary>
    public int MaxSendMessageSize { get; set; } = int.MaxValue;

    /// <summary>Compress request messages with gzip (sent with <c>grpc-encoding: gzip</c>).</summary>
    public bool CompressRequests { get; set; }
}
