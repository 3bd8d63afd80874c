using Complaints.Grpc;
using Microsoft.AspNetCore.Http;

namespace Complaints.Grpc.Tests;

public sealed class MetadataTests
{
    [Fact]
    public void Add_LowerCasesKeys() =>
        Assert.Equal("x-landlord", new Metadata().Add("X-Landlord", "ivh")[0].Key);

    [Theory]
    [InlineData("has space")]
    [InlineData("colon:")]
    [InlineData("ünicode")]
    public void Add_WhenKeyHasForbiddenCharacter_Throws(string key) =>
        Assert.Throws<ArgumentException>(() => new Metadata().Add(key, "v"));

    [Fact]
    public void Add_WhenTextValueUnderBinaryKey_Throws() =>
        Assert.Throws<ArgumentException>(() => new Metadata().Add("x-data-bin", "text"));

    [Fact]
    public void Add_WhenBytesUnderTextKey_Throws() =>
        Assert.Throws<ArgumentException>(() => new Metadata().Add("x-data", [1]));

    [Fact]
    public void Add_WhenTextIsNotPrintableAscii_Throws() =>
        Assert.Throws<ArgumentException>(() => new Metadata().Add("x-name", "Zoë"));

    [Fact]
    public void FromRequestHeaders_DropsProtocolHeadersAndDecodesBinaryValues()
    {
        var headers = new HeaderDictionary
        {
            ["content-type"] = "application/grpc",
            ["te"] = "trailers",
            ["grpc-timeout"] = "1S",
            ["x-user"] = "officer-7",
            ["x-padded-bin"] = "AQI=",
            ["x-unpadded-bin"] = "AQI",
            ["x-joined-bin"] = "AQ, Ag",
        };

        var metadata = MetadataHeaders.FromRequestHeaders(headers);

        Assert.Equal(["x-user", "x-padded-bin", "x-unpadded-bin", "x-joined-bin", "x-joined-bin"], metadata.Select(e => e.Key));
        Assert.Equal("officer-7", metadata.GetValue("x-user"));
        Assert.Equal([1, 2], metadata.GetValueBytes("x-padded-bin"));
        Assert.Equal([1, 2], metadata.GetValueBytes("x-unpadded-bin"));
        Assert.Equal([[1], [2]], metadata.Where(e => e.Key == "x-joined-bin").Select(e => e.ValueBytes));
    }

    [Fact]
    public void FromRequestHeaders_WhenBinaryValueIsNotBase64_IsInternal()
    {
        var headers = new HeaderDictionary { ["x-broken-bin"] = "not*base64" };

        var error = Assert.Throws<RpcException>(() => MetadataHeaders.FromRequestHeaders(headers));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
    }
}
