using System.Security.Cryptography.X509Certificates;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Testing.V1;
using Grpc.Net.Client;

namespace Complaints.EndToEnd.Tests.Host;

public sealed class TlsTests
{
    [Fact]
    public async Task Host_WithConfiguredCertificate_ServesGrpcOverTls()
    {
        var (certificatePath, thumbprint) = TestCertificates.SelfSignedServer();
        await using var host = await RunningHost.StartAsync(
            "--Kestrel:Endpoints:Grpc:Url=https://127.0.0.1:0",
            $"--Kestrel:Endpoints:Grpc:Certificate:Path={certificatePath}",
            "--Kestrel:Endpoints:Grpc:Certificate:Password=test");
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is X509Certificate2 presented && presented.Thumbprint == thumbprint;
        using var channel = GrpcChannel.ForAddress(host.Address, new GrpcChannelOptions { HttpHandler = new DefaultCallerHandler(handler) });

        var response = await new ProbeService.ProbeServiceClient(channel).EchoAsync(new EchoRequest { Text = "over tls" });

        Assert.Equal("https", host.Address.Scheme);
        Assert.Equal("over tls", response.Text);
    }
}
