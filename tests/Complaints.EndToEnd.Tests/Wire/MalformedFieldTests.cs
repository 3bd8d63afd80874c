using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Wire;

/// <summary>Input no handler could read is refused before any handler runs, naming the field; errors never echo a megabyte back.</summary>
[Collection(HostCollection.Name)]
public sealed class MalformedFieldTests(HostFixture fixture)
{
    public static TheoryData<long, int> BadTimestamps => new()
    {
        { 253_402_300_800, 0 },   // 10000-01-01: past what a Timestamp may hold
        { -62_135_596_801, 0 },   // before 0001-01-01
        { 1_700_000_000, -1 },    // negative nanos
        { 1_700_000_000, 1_000_000_000 },
    };

    [Theory]
    [MemberData(nameof(BadTimestamps))]
    public async Task LogComplaint_WithATimestampOutOfRange_IsInvalidArgumentNamingTheField(long seconds, int nanos)
    {
        var request = IntakeMethods.ValidRequest();
        request.ResidentAwareAt = new Timestamp { Seconds = seconds, Nanos = nanos };

        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Host.Intake.LogComplaintAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("resident_aware_at", Assert.Single(error.Detail<BadRequest>()!.FieldViolations).Field);
    }

    [Fact]
    public async Task AReferenceOf256KiB_IsInvalidArgumentNamingTheFieldWithAShortMessage_AndTheCallBesideItIsAnswered()
    {
        var huge = new string('X', 256 * 1024);

        var hugeCall = fixture.Host.Intake.GetComplaintAsync(new GetComplaintRequest { Reference = huge }).ResponseAsync;
        var besideIt = fixture.Host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest()).ResponseAsync;
        var error = await Assert.ThrowsAsync<RpcException>(() => hugeCall);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.True(error.Status.Detail.Length < 2_000, $"{error.Status.Detail.Length} characters");
        var violation = Assert.Single(error.Detail<BadRequest>()!.FieldViolations);
        Assert.Equal(("reference", "must be at most 100 characters (is 262,144)"), (violation.Field, violation.Description));
        Assert.NotEmpty((await besideIt).Complaint.Reference);
    }

    [Fact]
    public async Task AnUnknownReferenceAtTheLimit_IsNotFound()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            fixture.Host.Intake.GetComplaintAsync(new GetComplaintRequest { Reference = new string('X', 100) }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }
}
