using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Certificates made for a test: the server's own, for an https endpoint on 127.0.0.1.</summary>
public static class TestCertificates
{
    /// <summary>A self-signed certificate for 127.0.0.1, written as a PKCS#12 file with the password "test".</summary>
    public static (string Path, string Thumbprint) SelfSignedServer()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var path = Path.Combine(Path.GetTempPath(), $"complaints-test-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "test"));
        return (path, certificate.Thumbprint);
    }
}
