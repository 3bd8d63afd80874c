namespace Complaints.Grpc.Server;

/// <summary>Writes a status and trailing metadata as <c>grpc-status</c>, <c>grpc-message</c> and friends.</summary>
internal static class StatusWriter
{
    public static void Write(Status status, Metadata trailers, Action<string, Microsoft.Extensions.Primitives.StringValues> append)
    {
        append(GrpcProtocol.StatusTrailer, ((int)status.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (status.Detail.Length > 0)
            append(GrpcProtocol.MessageTrailer, PercentEncoding.Encode(status.Detail));
        if (status.Details is not null)
            append(GrpcProtocol.StatusDetailsTrailer, RichStatus.ToHeaderValue(status.Details));
        foreach (var entry in trailers)
        {
            if (!MetadataKey.IsReserved(entry.Key))
                append(entry.Key, MetadataHeaders.ToHeaderValue(entry));
        }
    }
}
