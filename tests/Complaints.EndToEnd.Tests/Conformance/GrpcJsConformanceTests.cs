using Complaints.EndToEnd.Tests.Infrastructure;

namespace Complaints.EndToEnd.Tests.Conformance;

/// <summary>
/// Wire compatibility with @grpc/grpc-js, the reference Node.js client: each case in tests/conformance/conformance.mjs
/// calls the running host and exits non-zero on any mismatch.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class GrpcJsConformanceTests(HostFixture fixture)
{
    [Theory]
    [InlineData("unary-ok")]
    [InlineData("error-with-details")]
    [InlineData("error-status-code")]
    [InlineData("deadline-exceeded")]
    [InlineData("health-check")]
    [InlineData("reflection-list-services")]
    [InlineData("metadata-round-trip")]
    [InlineData("message-over-4mib-rejected")]
    [InlineData("gzip-compressed-request")]
    [InlineData("unimplemented-method")]
    [InlineData("system-get-info")]
    [InlineData("log-and-get-complaint")]
    [InlineData("award-to-payment")]
    [InlineData("referral-and-export")]
    [InlineData("event-stream-resume")]
    public async Task GrpcJs_Case_Passes(string conformanceCase)
    {
        var result = await ExternalTool.RunAsync("node", RepoPaths.Conformance, "conformance.mjs", conformanceCase, fixture.Host.Target);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"ok {conformanceCase}", result.Output);
    }

    [Fact]
    public async Task TheReadmesExampleClient_LogsAComplaintAndReadsItBack()
    {
        var result = await ExternalTool.RunAsync("node", RepoPaths.Conformance, "log-complaint.mjs", fixture.Host.Target);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"^CMP-\d{4}-\d{6} STAGE_RECEIVED next due \d{4}-\d{2}-\d{2}", result.Output);
    }

    [Fact]
    public async Task GrpcJs_UnknownCase_IsReportedAsAFailure()
    {
        var result = await ExternalTool.RunAsync("node", RepoPaths.Conformance, "conformance.mjs", "no-such-case", fixture.Host.Target);

        Assert.NotEqual(0, result.ExitCode);
    }
}
