using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using Complaints.Grpc;
using Complaints.Testing.V1;
using Google.Protobuf;

namespace Complaints.Grpc.Tests;

public sealed class MessageFramingTests
{
    private static readonly MessageFraming.ReadSettings Identity = new(GrpcProtocol.DefaultMaxMessageSize, null);

    [Fact]
    public void Write_PrefixesFlagAndBigEndianLength()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var message = new EchoRequest { Text = "hi" };

        MessageFraming.Write(buffer, message, int.MaxValue);

        var bytes = buffer.WrittenSpan;
        Assert.Equal(0, bytes[0]);
        Assert.Equal((uint)message.CalculateSize(), BinaryPrimitives.ReadUInt32BigEndian(bytes[1..5]));
        Assert.Equal(message.ToByteArray(), bytes[5..].ToArray());
    }

    [Fact]
    public void Write_WhenMessageExceedsSendLimit_IsResourceExhausted()
    {
        var message = new EchoRequest { Payload = ByteString.CopyFrom(new byte[100]) };

        var error = Assert.Throws<RpcException>(() => MessageFraming.Write(new ArrayBufferWriter<byte>(), message, 50));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task Read_WhenMessagesArriveOneByteAtATime_ReadsEachWhole()
    {
        var first = new EchoRequest { Text = "first" };
        var second = new EchoRequest { Text = "second", Payload = ByteString.CopyFrom(1, 2, 3) };
        var pipe = new Pipe();
        var writing = WriteSlowlyAsync(pipe.Writer, Frame(first).Concat(Frame(second)).ToArray());

        var read1 = await Read(pipe.Reader);
        var read2 = await Read(pipe.Reader);
        var end = await Read(pipe.Reader);
        await writing;

        Assert.Equal(first, read1);
        Assert.Equal(second, read2);
        Assert.Null(end);
    }

    [Fact]
    public async Task Read_WhenLengthExceedsLimit_IsResourceExhaustedBeforeTheBodyArrives()
    {
        var prefix = new byte[] { 0, 0, 0x40, 0, 1 }; // 4 MiB + 1, and no body follows

        var error = await Assert.ThrowsAsync<RpcException>(() => Read(Reader(prefix), Identity));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains("4194305 vs. 4194304", error.Status.Detail);
    }

    [Fact]
    public async Task Read_WhenStreamEndsMidMessage_IsInternal()
    {
        var frame = Frame(new EchoRequest { Text = "truncated" });

        var error = await Assert.ThrowsAsync<RpcException>(() => Read(Reader(frame[..^2]), Identity));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
    }

    [Fact]
    public async Task Read_WhenFlagIsNeitherZeroNorOne_IsInternal()
    {
        var frame = Frame(new EchoRequest { Text = "x" });
        frame[0] = 7;

        var error = await Assert.ThrowsAsync<RpcException>(() => Read(Reader(frame), Identity));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
    }

    [Fact]
    public async Task Read_WhenCompressedFlagSetWithoutEncoding_IsInternal()
    {
        var buffer = new ArrayBufferWriter<byte>();
        MessageFraming.Write(buffer, new EchoRequest { Text = "zipped" }, int.MaxValue, gzip: true);

        var error = await Assert.ThrowsAsync<RpcException>(() => Read(Reader(buffer.WrittenSpan.ToArray()), Identity));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
    }

    [Fact]
    public async Task Read_WhenGzipCompressed_Decompresses()
    {
        var message = new EchoRequest { Text = new string('a', 10_000) };
        var buffer = new ArrayBufferWriter<byte>();
        MessageFraming.Write(buffer, message, int.MaxValue, gzip: true);

        var read = await Read(Reader(buffer.WrittenSpan.ToArray()), new MessageFraming.ReadSettings(1 << 20, "gzip"));

        Assert.True(buffer.WrittenCount < 1000, "10 000 repeated characters should compress well");
        Assert.Equal(message, read);
    }

    [Fact]
    public async Task Read_WhenDecompressedSizeExceedsLimit_IsResourceExhausted()
    {
        var bomb = new EchoRequest { Payload = ByteString.CopyFrom(new byte[1 << 20]) };
        var buffer = new ArrayBufferWriter<byte>();
        MessageFraming.Write(buffer, bomb, int.MaxValue, gzip: true);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Read(Reader(buffer.WrittenSpan.ToArray()), new MessageFraming.ReadSettings(64 * 1024, "gzip")));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task Read_WhenBytesAreNotTheMessage_ThrowsProtobufError()
    {
        byte[] garbage = [0, 0, 0, 0, 3, 0xFF, 0xFF, 0xFF];

        await Assert.ThrowsAsync<InvalidProtocolBufferException>(() => Read(Reader(garbage), Identity));
    }

    private static byte[] Frame(IMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>();
        MessageFraming.Write(buffer, message, int.MaxValue);
        return buffer.WrittenSpan.ToArray();
    }

    private static PipeReader Reader(byte[] bytes) => PipeReader.Create(new ReadOnlySequence<byte>(bytes));

    private static async Task<EchoRequest?> Read(PipeReader reader, MessageFraming.ReadSettings? settings = null) =>
        await MessageFraming.ReadAsync(reader, EchoRequest.Parser, settings ?? Identity, CancellationToken.None);

    private static async Task WriteSlowlyAsync(PipeWriter writer, byte[] bytes)
    {
        foreach (var b in bytes)
        {
            await writer.WriteAsync(new[] { b });
            await Task.Yield();
        }
        await writer.CompleteAsync();
    }
}
