using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Complaints.Grpc.Client;

/// <summary>Reads status and metadata from a call's HTTP response headers and trailers.</summary>
internal static class CallResponse
{
    /// <summary>
    /// The status carried by the response headers, if the call ended there: a trailers-only response, a non-200
    /// HTTP status (mapped as the gRPC spec says) or a response that is not gRPC at all. Null if messages follow.
    /// </summary>
    public static Status? ReadHeaderStatus(HttpResponseMessage response)
    {
        var grpcStatus = ReadStatus(response.Headers);
        if (response.StatusCode != HttpStatusCode.OK)
            return grpcStatus ?? new Status(FromHttpStatus(response.StatusCode),
                $"Bad gRPC response. HTTP status code: {(int)response.StatusCode}");
        if (grpcStatus is not null)
            return grpcStatus;
        var contentType = response.Content.Headers.ContentType?.ToString();
        if (!GrpcProtocol.IsGrpcContentType(contentType))
            return new Status(StatusCode.Internal, $"Bad gRPC response. Invalid content-type value: {contentType}");
        return null;
    }

    /// <summary>The status in the trailers, once the body has been read to its end.</summary>
    public static Status ReadTrailerStatus(HttpResponseMessage response) =>
        ReadStatus(response.TrailingHeaders) ?? new Status(StatusCode.Internal, "No grpc-status found on response.");

    public static Metadata ReadMetadata(HttpHeaders headers)
    {
        var metadata = new Metadata();
        foreach (var (key, values) in headers)
        {
            var lower = key.ToLowerInvariant();
            if (!MetadataKey.IsReserved(lower))
                MetadataHeaders.AddValues(metadata, lower, values);
        }
        return metadata;
    }

    public static string? Header(HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static Status? ReadStatus(HttpHeaders headers)
    {
        var code = Header(headers, GrpcProtocol.StatusTrailer);
        if (code is null)
            return null;
        if (!int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return new Status(StatusCode.Unknown, $"Unexpected grpc-status value '{code}'.");
        var message = PercentEncoding.Decode(Header(headers, GrpcProtocol.MessageTrailer) ?? "");
        var detailsHeader = Header(headers, GrpcProtocol.StatusDetailsTrailer);
        var details = detailsHeader is null ? null : RichStatus.FromHeaderBytes(Base64Header.Decode(detailsHeader));
        return new Status((StatusCode)value, message, details);
    }

    /// <summary>The spec's mapping for responses that did not come from a gRPC server.</summary>
    private static StatusCode FromHttpStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => StatusCode.Internal,
        HttpStatusCode.Unauthorized => StatusCode.Unauthenticated,
        HttpStatusCode.Forbidden => StatusCode.PermissionDenied,
        HttpStatusCode.NotFound => StatusCode.Unimplemented,
        HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };
}
