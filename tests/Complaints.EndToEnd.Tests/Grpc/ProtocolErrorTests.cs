using System.Net;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Grpc;
using Complaints.Testing.V1;

namespace Complaints.EndToEnd.Tests.Grpc;

/// <summary>Requests no good client sends; each gets a clear status and the server keeps serving.</summary>
[Collection(HostCollection.Name)]
public sealed class ProtocolErrorTests(HostFixture fixture)
{
    private static readonly string EchoPath = ProbeMethods.Echo.FullName;

    [Fact]
    public async Task ContentType_WhenNotGrpc_IsHttp415()
    {
        var reply = await RawGrpc.PostAsync(fixture.Host.Address, EchoPath, [], contentType: "application/json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, reply.HttpStatus);
        Assert.Equal(((int)StatusCode.Internal).ToString(), reply.GrpcStatus);
    }

    [Fact]
    public async Task ContentType_WithProtoSuffix_IsAccepted()
    {
        var reply = await RawGrpc.PostAsync(fixture.Host.Address, EchoPath, RawGrpc.Frame(new EchoRequest { Text = "x" }),
            contentType: "application/grpc+proto");

        Assert.Equal("0", reply.GrpcStatus);
    }

    [Fact]
    public async Task Encoding_WhenUnsupported_IsUnimplementedAndAdvertisesWhatIs()
    {
        var reply = await RawGrpc.PostAsync(fixture.Host.Address, EchoPath, RawGrpc.Frame(new EchoRequest()),
            headers: [("grpc-encoding", "br")]);

        Assert.Equal(((int)StatusCode.Unimplemented).ToString(), reply.GrpcStatus);
        Assert.Equal("identity,gzip", reply.Headers.GetValues("grpc-accept-encoding").Single());
    }

    [Fact]
    public async Task Protobuf_WhenUndecodable_IsInvalidArgument()
    {
        var reply = await RawGrpc.PostAsync(fixture.Host.Address, EchoPath, RawGrpc.Frame([0x0A, 0xFF, 0xFF, 0xFF]));

        Assert.Equal(((int)StatusCode.InvalidArgument).ToString(), reply.GrpcStatus);
        Assert.Contains("complaints.testing.v1.EchoRequest", reply.GrpcMessage);
    }

    [Fact]
    public async Task Frame_WhenTruncated_IsInternal()
    {
        var frame = RawGrpc.Frame(new EchoRequest { Text = "cut short" });

        var reply = await RawGrpc.PostAsync(fixture.Host.Address, EchoPath, frame[..^3]);

        Assert.Equal(((int)StatusCode.Internal).ToString(), reply.GrpcStatus);
    }

    [Fact]
    public async Task UnaryCall_WithTwoMessages_IsInternal()
    {
        var frame = RawGrpc.Frame(new EchoRequest { Text = "again" });

        var reply = await RawGrpc.PostAsync(fixture.Host.Address, EchoPath, [.. frame, .. frame]);

        Assert.Equal(((int)StatusCode.Internal).ToString(), reply.GrpcStatus);
    }

    [Fact]
    public async Task UnaryCall_WithNoMessage_IsInternal()
    {
        var reply = await RawGrpc.PostAsync(fixture.Host.Address, EchoPath, []);

        Assert.Equal(((int)StatusCode.Internal).ToString(), reply.GrpcStatus);
    }

    [Fact]
    public async Task Timeout_WhenMalformed_IsInternal()
    {
        var reply = await RawGrpc.PostAsync(fixture.Host.Address, EchoPath, RawGrpc.Frame(new EchoRequest()),
            headers: [("grpc-timeout", "soon")]);

        Assert.Equal(((int)StatusCode.Internal).ToString(), reply.GrpcStatus);
        Assert.Contains("grpc-timeout", reply.GrpcMessage);
    }

    [Fact]
    public async Task ErrorBeforeAnyMessage_IsTrailersOnly()
    {
        var reply = await RawGrpc.PostAsync(fixture.Host.Address, ProbeMethods.Fail.FullName,
            RawGrpc.Frame(new FailRequest { Code = 5, Message = "gone" }));

        Assert.Empty(reply.Body);
        Assert.Equal("5", reply.Headers.GetValues("grpc-status").Single());
        Assert.Equal("gone", reply.Headers.GetValues("grpc-message").Single());
    }
}
