using Microsoft.AspNetCore.Http;

namespace Complaints.Grpc.Server;

/// <summary>
/// Checks a request's protocol headers before any handler runs. A request that fails is answered here: HTTP 426 or
/// 415 (with a gRPC status too) when it is not a gRPC-over-HTTP/2 request at all, trailers-only errors otherwise.
/// </summary>
internal static class CallAdmission
{
    public static async Task<ServerCall.CallStart?> TryAdmitAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpProtocol.IsHttp2(request.Protocol) && !HttpProtocol.IsHttp3(request.Protocol))
            return await RejectAsync(http, StatusCodes.Status426UpgradeRequired, StatusCode.Internal,
                $"Request protocol '{request.Protocol}' is not supported; gRPC needs HTTP/2.");
        if (!GrpcProtocol.IsGrpcContentType(request.ContentType))
            return await RejectAsync(http, StatusCodes.Status415UnsupportedMediaType, StatusCode.Internal,
                $"Content-Type '{request.ContentType}' is not supported; gRPC needs '{GrpcProtocol.ContentType}'.");

        string? encoding = request.Headers[GrpcProtocol.EncodingHeader];
        if (!MessageCompression.IsSupported(encoding))
            return await RejectAsync(http, StatusCodes.Status200OK, StatusCode.Unimplemented,
                $"Unsupported grpc-encoding '{encoding}'. Supported: {GrpcProtocol.SupportedEncodings}.");

        TimeSpan? timeout = null;
        string? timeoutHeader = request.Headers[GrpcProtocol.TimeoutHeader];
        if (timeoutHeader is not null)
        {
            if (!GrpcTimeout.TryParse(timeoutHeader, out var parsed))
                return await RejectAsync(http, StatusCodes.Status200OK, StatusCode.Internal,
                    $"Invalid grpc-timeout '{timeoutHeader}': expected up to 8 digits and a unit (H, M, S, m, u, n).");
            timeout = parsed;
        }

        try
        {
            return new ServerCall.CallStart(MetadataHeaders.FromRequestHeaders(request.Headers), timeout, encoding);
        }
        catch (RpcException e)
        {
            return await RejectAsync(http, StatusCodes.Status200OK, e.StatusCode, e.Status.Detail);
        }
    }

    /// <summary>Answers a call that never reached a handler: no body, the status in the headers.</summary>
    public static async Task<ServerCall.CallStart?> RejectAsync(HttpContext http, int httpStatus, StatusCode code, string message)
    {
        var response = http.Response;
        response.StatusCode = httpStatus;
        response.ContentType = GrpcProtocol.ContentType;
        response.Headers[GrpcProtocol.AcceptEncodingHeader] = GrpcProtocol.SupportedEncodings;
        StatusWriter.Write(new Status(code, message), new Metadata(), response.Headers.Append);
        await response.CompleteAsync();
        return null;
    }
}
