using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using Google.Protobuf;

namespace Complaints.Grpc;

/// <summary>
/// Length-prefixed messages, the body format of every gRPC request and response: one flag byte (1 = compressed),
/// a 4-byte big-endian length, then the message bytes. Shared by the server and the client.
/// </summary>
internal static class MessageFraming
{
    /// <summary>Writes one message, uncompressed, or gzip-compressed when <paramref name="gzip"/> is set.</summary>
    public static void Write(IBufferWriter<byte> writer, IMessage message, int maxMessageSize, bool gzip = false)
    {
        var size = message.CalculateSize();
        if (size > maxMessageSize)
            throw new RpcException(StatusCode.ResourceExhausted,
                $"Sending message larger than max ({size} vs. {maxMessageSize})");
        if (gzip)
        {
            var compressed = MessageCompression.Compress(message.ToByteArray());
            WritePrefix(writer, compressed: true, compressed.Length);
            writer.Write(compressed);
            return;
        }
        WritePrefix(writer, compressed: false, size);
        var span = writer.GetSpan(size);
        message.WriteTo(span[..size]);
        writer.Advance(size);
    }

    /// <summary>
    /// Reads the next message, or returns null when the body ended cleanly between messages. Framing faults are
    /// INTERNAL, an oversized message RESOURCE_EXHAUSTED; a protobuf decoding fault surfaces as
    /// <see cref="InvalidProtocolBufferException"/> so each side can map it.
    /// </summary>
    public static async ValueTask<T?> ReadAsync<T>(
        PipeReader reader, MessageParser<T> parser, ReadSettings settings, CancellationToken cancellationToken)
        where T : class, IMessage<T>
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (TryReadPrefix(buffer, out var compressed, out var length))
            {
                if (length > settings.MaxMessageSize)
                {
                    reader.AdvanceTo(buffer.Start);
                    throw new RpcException(StatusCode.ResourceExhausted,
                        $"Received message larger than max ({length} vs. {settings.MaxMessageSize})");
                }
                if (buffer.Length >= GrpcProtocol.MessagePrefixLength + length)
                {
                    var payload = buffer.Slice(GrpcProtocol.MessagePrefixLength, length);
                    try
                    {
                        var message = Decode(payload, compressed, parser, settings);
                        reader.AdvanceTo(payload.End);
                        return message;
                    }
                    catch
                    {
                        reader.AdvanceTo(buffer.Start);
                        throw;
                    }
                }
            }
            if (result.IsCompleted)
            {
                reader.AdvanceTo(buffer.End);
                if (buffer.Length == 0)
                    return null;
                throw new RpcException(StatusCode.Internal,
                    $"Incomplete message: the stream ended after {buffer.Length} bytes of a length-prefixed message.");
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static void WritePrefix(IBufferWriter<byte> writer, bool compressed, int length)
    {
        var prefix = writer.GetSpan(GrpcProtocol.MessagePrefixLength);
        prefix[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(prefix[1..], (uint)length);
        writer.Advance(GrpcProtocol.MessagePrefixLength);
    }

    private static bool TryReadPrefix(ReadOnlySequence<byte> buffer, out bool compressed, out long length)
    {
        compressed = false;
        length = 0;
        if (buffer.Length < GrpcProtocol.MessagePrefixLength)
            return false;
        Span<byte> prefix = stackalloc byte[GrpcProtocol.MessagePrefixLength];
        buffer.Slice(0, GrpcProtocol.MessagePrefixLength).CopyTo(prefix);
        compressed = prefix[0] switch
        {
            0 => false,
            1 => true,
            _ => throw new RpcException(StatusCode.Internal, $"Invalid compressed flag {prefix[0]} in message prefix."),
        };
        length = BinaryPrimitives.ReadUInt32BigEndian(prefix[1..]);
        return true;
    }

    private static T Decode<T>(ReadOnlySequence<byte> payload, bool compressed, MessageParser<T> parser, ReadSettings settings)
        where T : IMessage<T>
    {
        if (!compressed)
            return parser.ParseFrom(payload);
        if (settings.Encoding is null or GrpcProtocol.IdentityEncoding)
            throw new RpcException(StatusCode.Internal,
                "A message has the compressed flag set but the call declared no grpc-encoding.");
        var bytes = MessageCompression.Decompress(settings.Encoding, payload, settings.MaxMessageSize);
        return parser.ParseFrom(bytes);
    }

    /// <summary>What a reader needs to know about the call it reads from.</summary>
    public readonly record struct ReadSettings(int MaxMessageSize, string? Encoding);
}
