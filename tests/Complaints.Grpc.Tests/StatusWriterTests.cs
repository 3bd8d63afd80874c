using Complaints.Grpc;
using Complaints.Grpc.Server;
using Google.Rpc;
using Microsoft.Extensions.Primitives;

namespace Complaints.Grpc.Tests;

public sealed class StatusWriterTests
{
    [Fact]
    public void Write_WhenOk_SendsOnlyTheStatusCode()
    {
        var written = Write(Status.Ok, new Metadata());

        Assert.Equal([("grpc-status", "0")], written);
    }

    [Fact]
    public void Write_PercentEncodesTheMessage()
    {
        var written = Write(new Status(StatusCode.NotFound, "Complaint £5 100% missing"), new Metadata());

        Assert.Contains(("grpc-status", "5"), written);
        Assert.Contains(("grpc-message", "Complaint %C2%A35 100%25 missing"), written);
    }

    [Fact]
    public void Write_WhenRichDetails_SendsThemAsUnpaddedBase64ThatDecodesToTheSameStatus()
    {
        var error = RichStatus.InvalidArgument("Bad complaint", ("description", "is required"), ("channel", "is unknown"));

        var written = Write(error.Status, new Metadata());

        var header = Assert.Single(written, w => w.Key == "grpc-status-details-bin").Value;
        Assert.DoesNotContain("=", header);
        var decoded = RichStatus.FromHeaderBytes(Base64Header.Decode(header))!;
        Assert.Equal((int)StatusCode.InvalidArgument, decoded.Code);
        Assert.Equal("Bad complaint", decoded.Message);
        var badRequest = decoded.Details.Single().Unpack<BadRequest>();
        Assert.Equal(["description", "channel"], badRequest.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public void Write_AddsTrailingMetadataAndSkipsReservedKeys()
    {
        var trailers = new Metadata().Add("x-request-id", "abc").Add("x-trace-bin", [1, 2, 3]).Add("grpc-status", "9");

        var written = Write(Status.Ok, trailers);

        Assert.Contains(("x-request-id", "abc"), written);
        Assert.Contains(("x-trace-bin", "AQID"), written);
        Assert.Single(written, w => w.Key == "grpc-status");
    }

    private static List<(string Key, string Value)> Write(Status status, Metadata trailers)
    {
        var written = new List<(string, string)>();
        StatusWriter.Write(status, trailers, (key, value) => written.Add((key, value.ToString())));
        return written;
    }
}
