using System.Net.Http;

namespace Complaints.Grpc.Client;

/// <summary>The status a client reports when the call failed below gRPC: cancelled, timed out, or the transport broke.</summary>
internal static class CallFailure
{
    public static Status ToStatus(Exception exception, bool deadlinePassed, bool cancelledByCaller)
    {
        if (deadlinePassed)
            return new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded");
        if (cancelledByCaller)
            return new Status(StatusCode.Cancelled, "Call cancelled by the client.");
        if (FindProtocolError(exception) is { } reset)
            return new Status(FromResetCode(reset.ErrorCode), $"The server reset the stream: {reset.Message}");
        return exception switch
        {
            HttpRequestException e => new Status(StatusCode.Unavailable, $"Error starting gRPC call: {e.Message}"),
            OperationCanceledException => new Status(StatusCode.Cancelled, "Call cancelled."),
            _ => new Status(StatusCode.Unavailable, $"Error reading the gRPC response: {exception.Message}"),
        };
    }

    private static HttpProtocolException? FindProtocolError(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is HttpProtocolException protocol)
                return protocol;
        }
        return null;
    }

    /// <summary>RST_STREAM error codes to gRPC statuses, as PROTOCOL-HTTP2.md lists them.</summary>
    private static StatusCode FromResetCode(long http2ErrorCode) => http2ErrorCode switch
    {
        0x7 => StatusCode.Unavailable,        // REFUSED_STREAM
        0x8 => StatusCode.Cancelled,          // CANCEL
        0xB => StatusCode.ResourceExhausted,  // ENHANCE_YOUR_CALM
        0xC => StatusCode.PermissionDenied,   // INADEQUATE_SECURITY
        _ => StatusCode.Internal,
    };
}
