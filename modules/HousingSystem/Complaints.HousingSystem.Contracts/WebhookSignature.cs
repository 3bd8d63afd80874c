using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Complaints.HousingSystem.Contracts;

/// <summary>
/// Signs and verifies messages between this product and a housing management system, both ways (the HMS's callbacks
/// now, the product's outbound webhooks later): HMAC-SHA256 with the shared secret over <c>{timestamp}.{body}</c>,
/// the timestamp in Unix seconds. The timestamp is signed so a captured message cannot be replayed outside
/// <see cref="Tolerance"/>; the comparison takes the same time however many bytes match, so timing reveals nothing.
/// </summary>
public sealed class WebhookSignature
{
    /// <summary>Header carrying the Unix time (seconds) the sender signed at.</summary>
    public const string TimestampHeader = "x-signature-timestamp";

    /// <summary>Header carrying <c>sha256=</c> and the lower-case hex HMAC.</summary>
    public const string SignatureHeader = "x-signature";

    private const string Scheme = "sha256=";

    private readonly byte[] _key;

    public WebhookSignature(string sharedSecret, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(sharedSecret))
            throw new ArgumentException("A webhook signature needs a shared secret.", nameof(sharedSecret));
        _key = Encoding.UTF8.GetBytes(sharedSecret);
        Tolerance = tolerance;
    }

    /// <summary>How far a timestamp may be from now, either way, and still be accepted.</summary>
    public TimeSpan Tolerance { get; }

    /// <summary>The <see cref="SignatureHeader"/> value for <paramref name="body"/> signed at <paramref name="timestamp"/>.</summary>
    public string Sign(long timestamp, ReadOnlySpan<byte> body) => Scheme + Convert.ToHexStringLower(Mac(timestamp, body));

    public SignatureCheck Verify(string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(timestampHeader) || string.IsNullOrEmpty(signatureHeader))
            return SignatureCheck.Missing;
        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || !signatureHeader.StartsWith(Scheme, StringComparison.Ordinal)
            || signatureHeader.Length != Scheme.Length + 2 * HMACSHA256.HashSizeInBytes)
            return SignatureCheck.Malformed;
        byte[] given;
        try
        {
            given = Convert.FromHexString(signatureHeader.AsSpan(Scheme.Length));
        }
        catch (FormatException)
        {
            return SignatureCheck.Malformed;
        }
        // An old (or far-future) timestamp is refused whatever the signature: a replay of a captured message fails here.
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > (long)Tolerance.TotalSeconds)
            return SignatureCheck.OutsideTolerance;
        return CryptographicOperations.FixedTimeEquals(Mac(timestamp, body), given) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    private byte[] Mac(long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return HMACSHA256.HashData(_key, signed);
    }
}

/// <summary>What <see cref="WebhookSignature.Verify"/> found; only <see cref="Valid"/> lets a message in.</summary>
public enum SignatureCheck
{
    Valid,
    Missing,
    Malformed,
    OutsideTolerance,
    Mismatch,
}
