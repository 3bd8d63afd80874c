using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Complaints.Grpc;

/// <summary>Moves metadata between <see cref="Metadata"/> and HTTP header collections.</summary>
internal static class MetadataHeaders
{
    public static string ToHeaderValue(Metadata.Entry entry) =>
        entry.IsBinary ? Base64Header.Encode(entry.ValueBytes) : entry.Value;

    public static void Append(IHeaderDictionary headers, Metadata.Entry entry)
    {
        if (!MetadataKey.IsReserved(entry.Key))
            headers.Append(entry.Key, ToHeaderValue(entry));
    }

    /// <summary>The caller's metadata: every header the protocol does not reserve; binary values decoded.</summary>
    public static Metadata FromRequestHeaders(IHeaderDictionary headers)
    {
        var metadata = new Metadata();
        foreach (var (key, values) in headers)
        {
            var lower = key.ToLowerInvariant();
            if (MetadataKey.IsReserved(lower))
                continue;
            AddValues(metadata, lower, values);
        }
        return metadata;
    }

    /// <summary>Adds one header (possibly repeated or comma-joined) to metadata.</summary>
    public static void AddValues(Metadata metadata, string key, IEnumerable<string?> values)
    {
        var binary = key.EndsWith(Metadata.BinarySuffix, StringComparison.Ordinal);
        foreach (var value in values)
        {
            if (value is null)
                continue;
            if (!binary)
            {
                AddTextIfValid(metadata, key, value);
                continue;
            }
            // A repeated binary header may arrive joined with commas; each part is one base64 value.
            foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                try
                {
                    metadata.Add(Metadata.Entry.Binary(key, Base64Header.Decode(part)));
                }
                catch (FormatException)
                {
                    throw new RpcException(StatusCode.Internal, $"Binary metadata '{key}' is not valid base64.");
                }
            }
        }
    }

    private static void AddTextIfValid(Metadata metadata, string key, string value)
    {
        try
        {
            metadata.Add(Metadata.Entry.Text(key, value));
        }
        catch (ArgumentException)
        {
            // An HTTP header that gRPC metadata cannot represent (odd key or non-ASCII value) is not metadata.
        }
    }

    public static void AddValues(Metadata metadata, string key, StringValues values) =>
        AddValues(metadata, key, (IEnumerable<string?>)values);
}
