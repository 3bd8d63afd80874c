using System.Text;
using Complaints.HousingSystem.Contracts;

namespace Complaints.HousingSystem.Tests;

public sealed class WebhookSignatureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"type":"resident-changed","residentReference":"TEN-1"}""");
    private readonly WebhookSignature _signature = new("a shared secret", TimeSpan.FromMinutes(5));

    [Fact]
    public void Sign_IsHmacSha256OfTimestampDotBody_InLowerCaseHex()
    {
        // Worked out with openssl, not with this code: printf '%s' '1764406800.<body>' | openssl dgst -sha256 -hmac 'a shared secret'
        const string expected = "sha256=87fbf8c4df8c1fb8af4644ab6603427c11c6826ad4ea88cf7bcce6580eaf4512";

        Assert.Equal(expected, _signature.Sign(1764406800, Body));
    }

    [Fact]
    public void Verify_WhenSignedNowWithTheSameSecret_IsValid()
    {
        var timestamp = Now.ToUnixTimeSeconds();

        Assert.Equal(SignatureCheck.Valid, _signature.Verify(timestamp.ToString(), _signature.Sign(timestamp, Body), Body, Now));
    }

    [Theory]
    [InlineData(-299, SignatureCheck.Valid)]
    [InlineData(299, SignatureCheck.Valid)]
    [InlineData(-301, SignatureCheck.OutsideTolerance)]
    [InlineData(301, SignatureCheck.OutsideTolerance)]
    public void Verify_WhenTheTimestampIsAwayFromNow_IsValidOnlyWithinTheTolerance(int secondsAway, SignatureCheck expected)
    {
        var timestamp = Now.ToUnixTimeSeconds() + secondsAway;

        Assert.Equal(expected, _signature.Verify(timestamp.ToString(), _signature.Sign(timestamp, Body), Body, Now));
    }

    [Fact]
    public void Verify_WhenTheBodyWasChanged_IsAMismatch()
    {
        var timestamp = Now.ToUnixTimeSeconds();
        var signed = _signature.Sign(timestamp, Body);
        var changed = Encoding.UTF8.GetBytes("""{"type":"resident-changed","residentReference":"TEN-2"}""");

        Assert.Equal(SignatureCheck.Mismatch, _signature.Verify(timestamp.ToString(), signed, changed, Now));
    }

    [Fact]
    public void Verify_WhenTheTimestampWasChanged_IsAMismatch()
    {
        var timestamp = Now.ToUnixTimeSeconds();
        var signed = _signature.Sign(timestamp, Body);

        Assert.Equal(SignatureCheck.Mismatch, _signature.Verify((timestamp + 1).ToString(), signed, Body, Now));
    }

    [Fact]
    public void Verify_WhenSignedWithAnotherSecret_IsAMismatch()
    {
        var timestamp = Now.ToUnixTimeSeconds();
        var other = new WebhookSignature("another secret", TimeSpan.FromMinutes(5));

        Assert.Equal(SignatureCheck.Mismatch, _signature.Verify(timestamp.ToString(), other.Sign(timestamp, Body), Body, Now));
    }

    [Theory]
    [InlineData(null, "sha256=00", SignatureCheck.Missing)]
    [InlineData("1764406800", null, SignatureCheck.Missing)]
    [InlineData("", "", SignatureCheck.Missing)]
    [InlineData("yesterday", "sha256=0000000000000000000000000000000000000000000000000000000000000000", SignatureCheck.Malformed)]
    [InlineData("-1764406800", "sha256=0000000000000000000000000000000000000000000000000000000000000000", SignatureCheck.Malformed)]
    [InlineData("1764406800", "md5=00000000000000000000000000000000", SignatureCheck.Malformed)]
    [InlineData("1764406800", "sha256=abc", SignatureCheck.Malformed)]
    [InlineData("1764406800", "sha256=zz00000000000000000000000000000000000000000000000000000000000000", SignatureCheck.Malformed)]
    public void Verify_WhenAHeaderIsMissingOrMalformed_SaysWhich(string? timestamp, string? signature, SignatureCheck expected)
    {
        Assert.Equal(expected, _signature.Verify(timestamp, signature, Body, Now));
    }

    [Fact]
    public void New_WithoutASecret_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new WebhookSignature("", TimeSpan.FromMinutes(5)));
    }
}
