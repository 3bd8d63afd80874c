using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.EndToEnd.Tests.Probe;
using Complaints.Testing.V1;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Wire;

/// <summary>What our set-up of Grpc.AspNetCore adds, called over the wire: limits, deadlines, error mapping, metadata.</summary>
[Collection(HostCollection.Name)]
public sealed class ServerSetupTests(HostFixture fixture)
{
    private const int FourMiB = 4 * 1024 * 1024;

    private ProbeService.ProbeServiceClient Probe => fixture.Host.Probe;

    [Fact]
    public async Task Request_OverTheConfiguredFourMiB_IsResourceExhaustedAndTheServerCarriesOn()
    {
        var request = new EchoRequest { Payload = ByteString.CopyFrom(new byte[FourMiB]) };

        var error = await Assert.ThrowsAsync<RpcException>(() => Probe.EchoAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal("still here", (await Probe.EchoAsync(new EchoRequest { Text = "still here" })).Text);
    }

    [Fact]
    public async Task Request_JustUnderTheLimit_IsAccepted()
    {
        var request = new EchoRequest { Payload = ByteString.CopyFrom(new byte[FourMiB - 5]) };
        Assert.Equal(FourMiB, request.CalculateSize());

        var response = await Probe.EchoAsync(request);

        Assert.Equal(FourMiB - 5, response.PayloadLength);
    }

    [Fact]
    public async Task Response_OverTheServerSendLimit_IsResourceExhausted()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Probe.BigAsync(new BigRequest { Size = FourMiB + 1 }).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task Call_WhenDeadlinePasses_IsDeadlineExceededAndTheHandlerIsCancelled()
    {
        var tag = Guid.NewGuid().ToString();
        await Probe.SleepAsync(new SleepRequest { Milliseconds = 1, Tag = Guid.NewGuid().ToString() }); // warm: a cold call could spend the deadline

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Probe.SleepAsync(new SleepRequest { Milliseconds = 30_000, Tag = tag }, deadline: DateTime.UtcNow.AddSeconds(2)).ResponseAsync);

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.Equal("cancelled", await fixture.Host.Observations.WaitForAsync(tag));
    }

    [Fact]
    public async Task UnexpectedException_IsInternalWithoutItsTextButWithTheCorrelationId()
    {
        var headers = new Metadata { { "x-correlation-id", "trace-me-42" } };

        var error = await Assert.ThrowsAsync<RpcException>(() => Probe.ThrowAsync(new ThrowRequest(), headers).ResponseAsync);

        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.DoesNotContain("on purpose", error.Status.Detail);
        Assert.Contains("trace-me-42", error.Status.Detail);
    }

    [Fact]
    public async Task ValidationError_IsInvalidArgumentWithBadRequestAndErrorInfo()
    {
        var request = new FailRequest();
        request.Violations.Add(new Violation { Field = "description", Description = "must not be empty" });
        request.Violations.Add(new Violation { Field = "channel", Description = "'pigeon' is not a channel" });

        var error = await Assert.ThrowsAsync<RpcException>(() => Probe.FailAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["description", "channel"], error.Detail<BadRequest>()!.FieldViolations.Select(v => v.Field));
        Assert.Equal(("INVALID_ARGUMENT", "complaints"), (error.Detail<ErrorInfo>()!.Reason, error.Detail<ErrorInfo>()!.Domain));
    }

    [Fact]
    public async Task RuleRefusal_IsFailedPreconditionWithErrorInfoAndPreconditionFailure()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Probe.FailAsync(new FailRequest { Message = "Not now." }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("Not now.", error.Status.Detail);
        var info = error.Detail<ErrorInfo>()!;
        Assert.Equal("PROBE_REFUSED", info.Reason);
        Assert.Equal("Probing", info.Metadata["current_stage"]);
        var violation = Assert.Single(error.Detail<PreconditionFailure>()!.Violations);
        Assert.Equal(("PROBE_REFUSED", "Probing"), (violation.Type, violation.Subject));
    }

    [Fact]
    public async Task CorrelationId_IsKeptWhenGivenAndMadeWhenNot()
    {
        var given = Probe.EchoAsync(new EchoRequest(), new Metadata { { "x-correlation-id", "abc-123" } });
        var made = Probe.EchoAsync(new EchoRequest());

        Assert.Equal("abc-123", (await given.ResponseHeadersAsync).GetValue("x-correlation-id"));
        Assert.Matches("^[0-9a-f]{32}$", (await made.ResponseHeadersAsync).GetValue("x-correlation-id"));
    }

    [Fact]
    public async Task Compression_GzipRequestIsReadAndTheResponseIsGzipWhenTheClientAcceptsIt()
    {
        using var channel = GrpcChannel.ForAddress(fixture.Host.Address, new GrpcChannelOptions { HttpHandler = new DefaultCallerHandler(new SocketsHttpHandler()) });
        var compressedRequest = new Metadata { { "grpc-internal-encoding-request", "gzip" } }; // Grpc.Net.Client: compress this request
        var text = new string('a', 10_000);

        var echoed = await new ProbeService.ProbeServiceClient(channel).EchoAsync(new EchoRequest { Text = text }, compressedRequest);
        var raw = await RawGrpc.PostAsync(fixture.Host.Address, "/complaints.testing.v1.ProbeService/Echo",
            RawGrpc.Frame(new EchoRequest { Text = text }), headers: [("grpc-accept-encoding", "identity,gzip")]);

        Assert.Equal(text, echoed.Text);
        Assert.Equal("gzip", raw.Headers.GetValues("grpc-encoding").Single());
        Assert.Equal(1, raw.Body[0]); // the compressed flag
        Assert.True(raw.Body.Length < 1_000, $"{raw.Body.Length} bytes");
    }

    [Fact]
    public async Task UnknownMethod_IsUnimplemented()
    {
        var unknown = new Method<EchoRequest, EchoResponse>(MethodType.Unary, "complaints.testing.v1.ProbeService", "NoSuchMethod",
            Marshallers.Create(m => m.ToByteArray(), EchoRequest.Parser.ParseFrom), Marshallers.Create(m => m.ToByteArray(), EchoResponse.Parser.ParseFrom));

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            fixture.Host.Channel.CreateCallInvoker().AsyncUnaryCall(unknown, null, new CallOptions(), new EchoRequest()).ResponseAsync);

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }
}
