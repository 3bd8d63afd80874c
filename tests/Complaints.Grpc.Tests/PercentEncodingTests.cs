using Complaints.Grpc;

namespace Complaints.Grpc.Tests;

public sealed class PercentEncodingTests
{
    [Fact]
    public void Encode_WhenPrintableAscii_LeavesItAlone() =>
        Assert.Equal("Complaint CMP-1 not found", PercentEncoding.Encode("Complaint CMP-1 not found"));

    [Theory]
    [InlineData("100%", "100%25")]
    [InlineData("line\nbreak", "line%0Abreak")]
    [InlineData("£5", "%C2%A35")]
    [InlineData("Zoë", "Zo%C3%AB")]
    public void Encode_EscapesUtf8BytesOutsidePrintableAscii(string raw, string encoded) =>
        Assert.Equal(encoded, PercentEncoding.Encode(raw));

    [Theory]
    [InlineData("plain")]
    [InlineData("Stage 1 → Stage 2")]
    [InlineData("50% off, 日本語, emoji 🙂")]
    [InlineData("%%%")]
    public void Decode_UndoesEncode(string raw) =>
        Assert.Equal(raw, PercentEncoding.Decode(PercentEncoding.Encode(raw)));

    [Theory]
    [InlineData("bad %ZZ escape")]
    [InlineData("trailing %4")]
    [InlineData("%")]
    public void Decode_WhenEscapeIsMalformed_KeepsItAsItIs(string value) =>
        Assert.Equal(value, PercentEncoding.Decode(value));
}
