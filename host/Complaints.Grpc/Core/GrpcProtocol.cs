namespace Complaints.Grpc;

/// <summary>Header names and values from the gRPC over HTTP/2 specification (PROTOCOL-HTTP2.md).</summary>
internal static class GrpcProtocol
{
    public const string ContentType = "application/grpc";
    public const string ContentTypeProto = "application/grpc+proto";

    public const string StatusTrailer = "grpc-status";
    public const string MessageTrailer = "grpc-message";
    public const string StatusDetailsTrailer = "grpc-status-details-bin";

    public const string TimeoutHeader = "grpc-timeout";
    public const string EncodingHeader = "grpc-encoding";
    public const string AcceptEncodingHeader = "grpc-accept-encoding";
    public const string TeHeader = "te";

    public const string IdentityEncoding = "identity";
    public const string GzipEncoding = "gzip";

    /// <summary>What we can decompress, advertised on every response.</summary>
    public const string SupportedEncodings = "identity,gzip";

    /// <summary>Each message on the wire: a compressed flag byte and a 4-byte big-endian length, then the bytes.</summary>
    public const int MessagePrefixLength = 5;

    /// <summary>The receive limit most gRPC implementations use by default.</summary>
    public const int DefaultMaxMessageSize = 4 * 1024 * 1024;

    /// <summary>True for <c>application/grpc</c> and its <c>+suffix</c> / <c>;parameter</c> variants.</summary>
    public static bool IsGrpcContentType(string? contentType)
    {
        if (contentType is null || !contentType.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase))
            return false;
        if (contentType.Length == ContentType.Length)
            return true;
        var next = contentType[ContentType.Length];
        return next is '+' or ';';
    }
}
