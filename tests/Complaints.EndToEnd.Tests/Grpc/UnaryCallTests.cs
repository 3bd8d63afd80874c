using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Grpc;
using Complaints.Grpc.Client;
using Complaints.Testing.V1;
using Google.Protobuf;
using Google.Rpc;
using Status = Complaints.Grpc.Status;
using StatusCode = Complaints.Grpc.StatusCode;

namespace Complaints.EndToEnd.Tests.Grpc;

[Collection(HostCollection.Name)]
public sealed class UnaryCallTests(HostFixture fixture)
{
    private GrpcClient Client => fixture.Host.Client;

    [Fact]
    public async Task Echo_ReturnsTheResponse()
    {
        var response = await Client.UnaryAsync(ProbeMethods.Echo, new EchoRequest { Text = "hello", Payload = ByteString.CopyFrom(1, 2, 3) });

        Assert.Equal("hello", response.Text);
        Assert.Equal(3, response.PayloadLength);
    }

    [Fact]
    public async Task Echo_WhenCalledConcurrently_AnswersEveryCallWithItsOwnResponse()
    {
        var calls = Enumerable.Range(0, 200).Select(i => Client.UnaryAsync(ProbeMethods.Echo, new EchoRequest { Text = $"call {i}" }));

        var responses = await Task.WhenAll(calls);

        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"call {i}"), responses.Select(r => r.Text));
    }

    [Fact]
    public async Task Fail_ClientReceivesTheCodeAndTheDecodedMessage()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Client.UnaryAsync(ProbeMethods.Fail, new FailRequest { Code = (int)StatusCode.NotFound, Message = "Complaint CMP-2026-000001 — not found (100%)" }));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal("Complaint CMP-2026-000001 — not found (100%)", error.Status.Detail);
    }

    [Fact]
    public async Task Fail_WithFieldViolations_ClientReceivesBadRequestDetails()
    {
        var request = new FailRequest { Message = "The complaint is not valid." };
        request.Violations.Add(new Violation { Field = "description", Description = "must not be empty" });
        request.Violations.Add(new Violation { Field = "channel", Description = "'pigeon' is not a channel" });

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.UnaryAsync(ProbeMethods.Fail, request));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var badRequest = error.Status.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        Assert.Equal(["description", "channel"], badRequest.FieldViolations.Select(v => v.Field));
        Assert.Equal("must not be empty", badRequest.FieldViolations[0].Description);
    }

    [Fact]
    public async Task Throw_IsUnknownWithoutTheExceptionMessage()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Client.UnaryAsync(ProbeMethods.Throw, new ThrowRequest()));

        Assert.Equal(StatusCode.Unknown, error.StatusCode);
        Assert.DoesNotContain("on purpose", error.Status.Detail);
    }

    [Theory]
    [InlineData("complaints.testing.v1.ProbeService", "NoSuchMethod", "Method NoSuchMethod is not implemented")]
    [InlineData("complaints.nowhere.v1.NoSuchService", "Echo", "Service complaints.nowhere.v1.NoSuchService is not implemented")]
    public async Task UnknownPath_IsUnimplemented(string service, string method, string message)
    {
        var unknown = new Method<EchoRequest, EchoResponse>(MethodType.Unary, service, method);

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.UnaryAsync(unknown, new EchoRequest()));

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
        Assert.Contains(message, error.Status.Detail);
    }

    [Fact]
    public async Task UnknownPath_RacingTheRequestBody_IsStillUnimplemented()
    {
        // The server answers trailers-only before the client has written its message; HttpClient then disposes the
        // request stream under the writer. Repeated so the race is hit, not hoped for. On a host of its own: each
        // round resets a stream, and Kestrel's rapid-reset guard would otherwise calm the connection the other tests share.
        await using var host = await RunningHost.StartAsync();
        var unknown = new Method<EchoRequest, EchoResponse>(MethodType.Unary, "complaints.nowhere.v1.NoSuchService", "Echo");
        var request = new EchoRequest { Text = new string('x', 64 * 1024) };

        for (var attempt = 0; attempt < 200; attempt++)
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => host.Client.UnaryAsync(unknown, request));
            Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
        }
    }

    [Fact]
    public async Task Metadata_TextAndBinary_RoundTripInHeadersAndTrailers()
    {
        var blob = new byte[] { 0, 1, 2, 250, 255 };
        var headers = new Metadata().Add("x-landlord", "ivh").Add("x-trace-bin", blob).Add("ignored", "not echoed");
        using var call = Client.Start(ProbeMethods.Echo, new CallOptions(headers));
        await call.RequestStream.WriteAsync(new EchoRequest { Text = "meta" });
        await call.RequestStream.CompleteAsync();

        var responseHeaders = await call.ResponseHeadersAsync;
        await call.ResponseAsync;
        var trailers = call.GetTrailers();

        foreach (var received in new[] { responseHeaders, trailers })
        {
            Assert.Equal("ivh", received.GetValue("x-landlord"));
            Assert.Equal(blob, received.GetValueBytes("x-trace-bin"));
            Assert.Null(received.Get("ignored"));
        }
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task Echo_WhenRequestIsGzipCompressed_IsAccepted()
    {
        using var client = new GrpcClient(fixture.Host.Address, new GrpcClientOptions { CompressRequests = true });
        var text = new string('z', 50_000);

        var response = await client.UnaryAsync(ProbeMethods.Echo, new EchoRequest { Text = text });

        Assert.Equal(text, response.Text);
    }
}
