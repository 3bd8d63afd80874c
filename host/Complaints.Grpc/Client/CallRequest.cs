using System.Net;

namespace Complaints.Grpc.Client;

/// <summary>The HTTP/2 request that starts a call: POST to the method's path with the gRPC headers and metadata.</summary>
internal static class CallRequest
{
    private const string UserAgent = "complaints-grpc-dotnet/1.0";

    public static HttpRequestMessage Create(
        Uri address, string path, HttpContent content, GrpcClientOptions options, CallOptions callOptions)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        var headers = request.Headers;
        headers.TryAddWithoutValidation(GrpcProtocol.TeHeader, "trailers");
        headers.TryAddWithoutValidation("user-agent", UserAgent);
        headers.TryAddWithoutValidation(GrpcProtocol.AcceptEncodingHeader, GrpcProtocol.SupportedEncodings);
        if (options.CompressRequests)
            headers.TryAddWithoutValidation(GrpcProtocol.EncodingHeader, GrpcProtocol.GzipEncoding);
        if (callOptions.Deadline is { } deadline)
            headers.TryAddWithoutValidation(GrpcProtocol.TimeoutHeader, GrpcTimeout.Format(deadline - DateTime.UtcNow));
        foreach (var entry in callOptions.Headers ?? [])
        {
            if (MetadataKey.IsReserved(entry.Key))
                throw new ArgumentException($"Metadata key '{entry.Key}' is reserved by the gRPC protocol.");
            headers.TryAddWithoutValidation(entry.Key, MetadataHeaders.ToHeaderValue(entry));
        }
        return request;
    }
}
