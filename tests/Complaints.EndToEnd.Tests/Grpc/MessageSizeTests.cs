using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Grpc;
using Complaints.Grpc.Client;
using Complaints.Testing.V1;
using Google.Protobuf;

namespace Complaints.EndToEnd.Tests.Grpc;

[Collection(HostCollection.Name)]
public sealed class MessageSizeTests(HostFixture fixture)
{
    private const int FourMiB = 4 * 1024 * 1024;

    [Fact]
    public async Task Request_OverFourMiB_IsResourceExhaustedAndTheServerCarriesOn()
    {
        var request = new EchoRequest { Payload = ByteString.CopyFrom(new byte[FourMiB]) };
        Assert.Equal(FourMiB + 5, request.CalculateSize());

        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Host.Client.UnaryAsync(ProbeMethods.Echo, request));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        var next = await fixture.Host.Client.UnaryAsync(ProbeMethods.Echo, new EchoRequest { Text = "still here" });
        Assert.Equal("still here", next.Text);
    }

    [Fact]
    public async Task Request_JustUnderTheLimit_IsAccepted()
    {
        var request = new EchoRequest { Payload = ByteString.CopyFrom(new byte[FourMiB - 5]) };
        Assert.Equal(FourMiB, request.CalculateSize());

        var response = await fixture.Host.Client.UnaryAsync(ProbeMethods.Echo, request);

        Assert.Equal(FourMiB - 5, response.PayloadLength);
    }

    [Fact]
    public async Task Response_OverTheServerSendLimit_IsResourceExhausted()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            fixture.Host.Client.UnaryAsync(ProbeMethods.Big, new BigRequest { Size = FourMiB + 1 }));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains("Sending message larger than max", error.Status.Detail);
    }

    [Fact]
    public async Task Response_OverTheClientReceiveLimit_IsResourceExhausted()
    {
        using var client = new GrpcClient(fixture.Host.Address, new GrpcClientOptions { MaxReceiveMessageSize = 1_000 });

        var error = await Assert.ThrowsAsync<RpcException>(() => client.UnaryAsync(ProbeMethods.Big, new BigRequest { Size = 2_000 }));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }
}
