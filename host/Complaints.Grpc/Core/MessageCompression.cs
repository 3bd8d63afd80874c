using System.Buffers;
using System.IO.Compression;

namespace Complaints.Grpc;

/// <summary>gzip for individual messages. Decompression is bounded so a small "zip bomb" cannot exhaust memory.</summary>
internal static class MessageCompression
{
    public static bool IsSupported(string? encoding) =>
        encoding is null or GrpcProtocol.IdentityEncoding or GrpcProtocol.GzipEncoding;

    public static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(data);
        return output.ToArray();
    }

    public static byte[] Decompress(string encoding, ReadOnlySequence<byte> payload, int maxMessageSize)
    {
        if (encoding != GrpcProtocol.GzipEncoding)
            throw new RpcException(StatusCode.Unimplemented, $"Unsupported grpc-encoding '{encoding}'.");
        try
        {
            using var gzip = new GZipStream(new MemoryStream(payload.ToArray()), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = gzip.Read(chunk)) > 0)
            {
                if (output.Length + read > maxMessageSize)
                    throw new RpcException(StatusCode.ResourceExhausted,
                        $"Received message larger than max when decompressed (over {maxMessageSize} bytes)");
                output.Write(chunk, 0, read);
            }
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new RpcException(StatusCode.Internal, $"A gzip-compressed message could not be decompressed: {e.Message}");
        }
    }
}
