using System.Net;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Testing.V1;

namespace Complaints.EndToEnd.Tests.Wire;

/// <summary>Requests no good client sends; each gets the status a standard gRPC server gives, and the server keeps serving.</summary>
[Collection(HostCollection.Name)]
public sealed class ProtocolErrorTests(HostFixture fixture)
{
    private const string EchoPath = "/complaints.testing.v1.ProbeService/Echo";

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
        var reply = await RawGrpc.PostAsync(fixture.Host.Address, EchoPath, RawGrpc.Frame([1, 2, 3], flag: 1),
            headers: [("grpc-encoding", "br")]);

        Assert.Equal(((int)StatusCode.Unimplemented).ToString(), reply.GrpcStatus);
        Assert.Contains("gzip", reply.Headers.GetValues("grpc-accept-encoding").Single());
    }

    [Fact]
    public async Task Protobuf_WhenUndecodable_IsAnErrorAndTheServerCarriesOn()
    {
        // Grpc.AspNetCore answers UNKNOWN here (the message is not decoded before any handler runs); the issue
        // "Hostile and clumsy input" decides whether the product answers something more telling.
        var reply = await RawGrpc.PostAsync(fixture.Host.Address, EchoPath, RawGrpc.Frame([0x0A, 0xFF, 0xFF, 0xFF]));
        var next = await RawGrpc.PostAsync(fixture.Host.Address, EchoPath, RawGrpc.Frame(new EchoRequest { Text = "x" }));

        Assert.NotEqual("0", reply.GrpcStatus);
        Assert.Equal("0", next.GrpcStatus);
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
    public async Task Timeout_WhenMalformed_IsIgnoredAndTheCallServed()
    {
        // Grpc.AspNetCore logs a malformed grpc-timeout and serves the call without a deadline.
        var reply = await RawGrpc.PostAsync(fixture.Host.Address, EchoPath, RawGrpc.Frame(new EchoRequest()),
            headers: [("grpc-timeout", "soon")]);

        Assert.Equal("0", reply.GrpcStatus);
    }

    [Fact]
    public async Task ErrorBeforeAnyMessage_IsTrailersOnly()
    {
        var reply = await RawGrpc.PostAsync(fixture.Host.Address, "/complaints.testing.v1.ProbeService/Fail",
            RawGrpc.Frame(new FailRequest { Message = "gone" }));

        Assert.Empty(reply.Body);
        Assert.Equal(((int)StatusCode.FailedPrecondition).ToString(), reply.Headers.GetValues("grpc-status").Single());
        Assert.Equal("gone", reply.Headers.GetValues("grpc-message").Single());
    }
}
