using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication.Certificate;

namespace Complaints.Host.Security;

/// <summary>
/// Systems that sign in with a client certificate (mutual TLS), from <c>Authentication:Certificates</c>: the CA
/// certificates trusted to issue them (<c>TrustedIssuers</c>, PEM or DER files) and, per system, the certificate
/// subject it presents and the roles it holds. A certificate must chain to a trusted issuer, be valid now and name a
/// configured subject; the system's name is then the caller.
/// </summary>
internal sealed class CertificateSystems
{
    public const string Section = "Authentication:Certificates";

    public List<string> TrustedIssuers { get; set; } = [];

    public Dictionary<string, CertificateSystem> Systems { get; set; } = [];

    /// <summary>Whether to ask the issuer's revocation list (off where the CA publishes none, as a private CA may not).</summary>
    public bool CheckRevocation { get; set; } = true;

    public bool IsConfigured => TrustedIssuers.Count > 0 && Systems.Count > 0;

    public void Configure(CertificateAuthenticationOptions options)
    {
        options.AllowedCertificateTypes = CertificateTypes.Chained;
        options.ChainTrustValidationMode = X509ChainTrustMode.CustomRootTrust;
        options.CustomTrustStore = [.. TrustedIssuers.Select(path => X509CertificateLoader.LoadCertificateFromFile(path))];
        options.RevocationMode = CheckRevocation ? X509RevocationMode.Online : X509RevocationMode.NoCheck;
        options.ValidateCertificateUse = true;
        options.ValidateValidityPeriod = true;
        options.Events = new CertificateAuthenticationEvents
        {
            OnCertificateValidated = context =>
            {
                var subject = context.ClientCertificate.Subject;
                var match = Systems.FirstOrDefault(s => string.Equals(s.Value.Subject, subject, StringComparison.Ordinal));
                if (match.Key is null)
                {
                    context.Fail($"No system is configured for a certificate with subject '{subject}'.");
                    return Task.CompletedTask;
                }
                context.Principal = new(CallerClaims.Identity(CertificateAuthenticationDefaults.AuthenticationScheme, match.Key,
                    $"{match.Key} (certificate {context.ClientCertificate.Thumbprint})", match.Value.Roles,
                    context.HttpContext.Request.Headers[CallerClaims.OnBehalfOfHeader].ToString()));
                context.Success();
                return Task.CompletedTask;
            },
        };
    }
}

/// <summary>One system's certificate: the exact subject it presents (e.g. <c>CN=finance-system, O=Landlord</c>) and its roles.</summary>
internal sealed class CertificateSystem
{
    public string Subject { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}
