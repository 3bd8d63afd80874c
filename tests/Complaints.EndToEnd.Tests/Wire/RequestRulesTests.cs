using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Testing.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Wire;

/// <summary>
/// What a request's proto says its fields may hold (buf.validate bounds, complaints.common.v1.free_text, declared enum
/// values, Timestamp range) is checked before any handler runs, each refusal naming the field — through the probe's
/// <c>Check</c>, whose request states one of each rule.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class RequestRulesTests(HostFixture fixture)
{
    private static CheckRequest Valid() => new() { Reference = "REF-1", Note = "Line one\r\nLine two\tend", Pence = 1000, Colour = Colour.Red };

    [Fact]
    public async Task AValidRequest_IsAccepted() =>
        await Probe().CheckAsync(WithLines(Valid(), 30));

    public static TheoryData<string, Action<CheckRequest>, string> Broken => new()
    {
        { "reference", r => r.Reference = "", "must not be empty" },
        { "reference", r => r.Reference = "123456789", "must be at most 8 characters (is 9)" },
        { "reference", r => r.Reference = "A\0B", "must not contain control characters (U+0000 at character 2)" },
        { "reference", r => r.Reference = "A\nB", "line breaks and tabs are allowed only in free text" },
        { "reference", r => r.Reference = "A\u0085", "U+0085" },
        { "reference", r => r.Reference = "A\u007F", "U+007F" },
        { "note", r => r.Note = "fine\nbut\u0007bell", "U+0007 at character 9" },
        { "note", r => r.Note = new string('x', 41), "must be at most 40 characters" },
        { "tags", r => r.Tags.Add(["a", "b", "c", "d"]), "must hold at most 3 items (holds 4)" },
        { "tags[1]", r => r.Tags.Add(["a", "bbbbb"]), "must be at most 4 characters" },
        { "pence", r => r.Pence = -1, "must be at least 0" },
        { "pence", r => r.Pence = 1001, "must be at most 1,000" },
        { "pence", r => r.Pence = long.MaxValue, "must be at most 1,000" },
        { "colour", r => r.Colour = (Colour)7, "must be one of the values Colour declares (7 is not one)" },
        { "lines[2].text", r => r.Lines.Add([new CheckLine { Count = 1 }, new CheckLine { Count = 1 }, new CheckLine { Text = "long", Count = 1 }]), "must be at most 3 characters" },
        { "lines[0].count", r => r.Lines.Add(new CheckLine { Count = 0 }), "must be greater than 0" },
        { "lines[0].count", r => r.Lines.Add(new CheckLine { Count = 10 }), "must be less than 10" },
        { "at", r => r.At = new Timestamp { Seconds = 1_700_000_000, Nanos = -1 }, "must be a valid timestamp" },
        { "at", r => r.At = Timestamp.FromDateTime(new DateTime(1, 1, 1, 0, 0, 0, DateTimeKind.Utc)), "in the years 1978 to 2200" },
        { "at", r => r.At = Timestamp.FromDateTime(new DateTime(1977, 12, 31, 23, 59, 59, DateTimeKind.Utc)), "in the years 1978 to 2200" },
        { "at", r => r.At = Timestamp.FromDateTime(new DateTime(2201, 1, 1, 0, 0, 0, DateTimeKind.Utc)), "in the years 1978 to 2200" },
        { "unbounded", r => r.Unbounded = "tab\there", "must not contain control characters" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task ABrokenRule_IsInvalidArgumentNamingTheField(string field, Action<CheckRequest> breakIt, string description)
    {
        var request = Valid();
        breakIt(request);

        var violation = Assert.Single(await ViolationsOf(request));

        Assert.Equal(field, violation.Field);
        Assert.Contains(description, violation.Description);
    }

    [Fact]
    public async Task TimestampsAtTheCalendarsEnds_AreAccepted()
    {
        await Probe().CheckAsync(new CheckRequest { Reference = "R", At = Timestamp.FromDateTime(new DateTime(1978, 1, 1, 0, 0, 0, DateTimeKind.Utc)) });
        await Probe().CheckAsync(new CheckRequest { Reference = "R", At = Timestamp.FromDateTime(new DateTime(2200, 12, 31, 23, 59, 59, DateTimeKind.Utc)) });
    }

    [Fact]
    public async Task AHandlerNamingThousandsOfFields_AnswersWithTheFirstTwenty_AndTheConnectionCarriesOn()
    {
        var request = new FailRequest { Code = 3 };
        request.Violations.Add(Enumerable.Range(0, 5_000).Select(i => new Violation { Field = $"remedies[{i}].award_id", Description = new string('x', 200) }));

        var error = await Assert.ThrowsAsync<RpcException>(() => Probe().FailAsync(request).ResponseAsync);

        Assert.Equal(20, error.Detail<BadRequest>()!.FieldViolations.Count);
        Assert.Contains("5000 fields are invalid", error.Status.Detail);
        await Probe().CheckAsync(Valid());
    }

    [Fact]
    public async Task CharactersOutsideTheBasicPlane_CountOnceEach() =>
        await Probe().CheckAsync(new CheckRequest { Reference = string.Concat(Enumerable.Repeat("😀", 8)) });

    [Fact]
    public async Task EveryBrokenFieldIsNamed_UpToTwenty()
    {
        var request = Valid();
        request.Reference = "";
        request.Pence = -5;
        request.Lines.Add(Enumerable.Range(0, 30).Select(_ => new CheckLine { Text = "toolong", Count = 99 }));

        var violations = await ViolationsOf(request);

        Assert.Equal(20, violations.Count);
        Assert.Equal(["reference", "pence", "lines[0].text", "lines[0].count"], violations.Take(4).Select(v => v.Field));
    }

    [Fact]
    public async Task AHugeRepeatedField_IsRefusedByItsCount_WithoutVisitingItsItems()
    {
        var request = Valid();
        request.Tags.Add(Enumerable.Repeat("far-too-long", 200_000));

        var violation = Assert.Single(await ViolationsOf(request));

        Assert.Equal("tags", violation.Field);
        Assert.Equal("must hold at most 3 items (holds 200,000)", violation.Description);
    }

    private ProbeService.ProbeServiceClient Probe() => fixture.Host.Probe;

    private static CheckRequest WithLines(CheckRequest request, int count)
    {
        request.Lines.Add(Enumerable.Range(0, count).Select(_ => new CheckLine { Text = "abc", Count = 9 }));
        return request;
    }

    private async Task<IReadOnlyList<BadRequest.Types.FieldViolation>> ViolationsOf(CheckRequest request)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Probe().CheckAsync(request).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        return error.Detail<BadRequest>()!.FieldViolations;
    }
}
