namespace Complaints.Grpc;

/// <summary>The rules a metadata key must follow on the wire: lower-case letters, digits, '-', '_' and '.'.</summary>
internal static class MetadataKey
{
    public static string Normalize(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var lower = key.ToLowerInvariant();
        foreach (var c in lower)
        {
            var allowed = c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' or '.';
            if (!allowed)
                throw new ArgumentException($"Metadata key '{key}' has a character gRPC does not allow: '{c}'.", nameof(key));
        }
        return lower;
    }

    /// <summary>Headers that belong to the protocol itself and are never exposed or accepted as metadata.</summary>
    public static bool IsReserved(string key) =>
        key.StartsWith(':')
        || key.StartsWith("grpc-", StringComparison.Ordinal)
        || key is "content-type" or "te" or "host" or "content-length" or "connection" or "transfer-encoding";
}
