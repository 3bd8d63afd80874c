using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Grpc.Net.Client;
using CompensationApi = Complaints.Compensation.Api.V1;

namespace Complaints.EndToEnd.Tests.Access;

/// <summary>
/// A system signs in with a client certificate over mutual TLS: one chained to the configured issuer and naming a
/// configured system is that system; any other certificate is no one.
/// </summary>
public sealed class ClientCertificateTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task ACertificateFromTheTrustedIssuer_SignsTheSystemIn_AndAnyOtherIsNoOne()
    {
        using var issuer = Authority("CN=Landlord Integration CA");
        using var stranger = Authority("CN=Somebody Else CA");
        var issuerPath = Write(issuer.Export(X509ContentType.Cert), "cer");
        await using var host = await RunningHost.StartAsync(
            "--Kestrel:Endpoints:Grpc:Url=https://127.0.0.1:0", $"--Kestrel:Endpoints:Grpc:Certificate:Path={TestCertificates.SelfSignedServer().Path}",
            "--Kestrel:Endpoints:Grpc:Certificate:Password=test", "--Kestrel:Endpoints:Grpc:ClientCertificateMode=AllowCertificate",
            $"--Authentication:Certificates:TrustedIssuers:0={issuerPath}", "--Authentication:Certificates:CheckRevocation=false",
            "--Authentication:Certificates:Systems:finance-system:Subject=CN=finance-system, O=Landlord",
            "--Authentication:Certificates:Systems:finance-system:Roles:0=finance");

        var asFinance = await ListAwardsAsync(host, Client(issuer, "CN=finance-system, O=Landlord"));
        var unknownSystem = await ListAwardsAsync(host, Client(issuer, "CN=someone-else, O=Landlord"));
        var untrustedIssuer = await ListAwardsAsync(host, Client(stranger, "CN=finance-system, O=Landlord"));
        var outsideItsRoles = await StatusOfAsync(() => Channel(host, Client(issuer, "CN=finance-system, O=Landlord"),
            channel => new Complaints.Intake.Api.V1.IntakeService.IntakeServiceClient(channel).ListComplaintsAsync(new()).ResponseAsync));

        Assert.Equal(StatusCode.OK, asFinance);
        Assert.Equal((StatusCode.Unauthenticated, StatusCode.Unauthenticated), (unknownSystem, untrustedIssuer));
        Assert.Equal(StatusCode.PermissionDenied, outsideItsRoles);
    }

    private static Task<StatusCode> ListAwardsAsync(RunningHost host, X509Certificate2 client) =>
        StatusOfAsync(() => Channel(host, client, channel =>
            new CompensationApi.CompensationService.CompensationServiceClient(channel).ListAwardsAsync(new()).ResponseAsync));

    private static async Task<StatusCode> StatusOfAsync(Func<Task> call)
    {
        try
        {
            await call();
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }

    /// <summary>A channel presenting <paramref name="client"/>, trusting the test server's own certificate, and no bearer token.</summary>
    private static async Task<T> Channel<T>(RunningHost host, X509Certificate2 client, Func<GrpcChannel, Task<T>> call)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.ClientCertificates = [client];
        handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        using var channel = GrpcChannel.ForAddress(host.Address, new GrpcChannelOptions { HttpHandler = handler });
        return await call(channel);
    }

    private static X509Certificate2 Authority(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(Now.AddDays(-1), Now.AddDays(30));
    }

    private static X509Certificate2 Client(X509Certificate2 issuer, string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false)); // client authentication
        using var signed = request.Create(issuer, Now.AddHours(-1), Now.AddDays(1), RandomNumberGenerator.GetBytes(12));
        using var withKey = signed.CopyWithPrivateKey(key);
        // Through PKCS#12, so the private key is one the TLS stack can use on every platform.
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx, "c"), "c");
    }


    private static string Write(byte[] bytes, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"complaints-test-{Guid.NewGuid():N}.{extension}");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
