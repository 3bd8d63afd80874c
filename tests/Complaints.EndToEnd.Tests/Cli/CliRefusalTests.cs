namespace Complaints.EndToEnd.Tests.Cli;

/// <summary>What the tool does when a call cannot succeed: the status and the server's message, a non-zero exit code, no stack trace.</summary>
[Collection(CliCollection.Name)]
public sealed class CliRefusalTests(SeededDevelopmentHost fixture)
{
    [Fact]
    public async Task ACallWithoutThePermission_ExitsNonZeroWithPermissionDenied()
    {
        // An administrator manages keys and plug-ins but does not read complaints.
        var run = await CliRun.RunAsync(fixture.Host, "complaints", "list", "--as", "adam.admin:administrator");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PERMISSION_DENIED", run.Output);
        Assert.DoesNotContain("CMP-", run.Output);
        Assert.DoesNotContain("   at ", run.Output);
    }

    [Fact]
    public async Task ACallWithNoCredentials_SaysHowToSignIn()
    {
        var run = await CliRun.RunAsync(fixture.Host, "complaints", "list");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Sign in: give --token, --api-key", run.Output);
    }

    [Fact]
    public async Task AMalformedAs_IsAUsageError()
    {
        var run = await CliRun.RunAsync(fixture.Host, "complaints", "list", "--as", "hana.handler");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--as takes <id>:<role>", run.Output);
    }

    [Fact]
    public async Task AnUnknownStage_IsAUsageErrorNamingTheStages()
    {
        var run = await CliRun.RunAsync(fixture.Host, "complaints", "list", "--stage", "stage3", "--as", "hana.handler:complaint-handler");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("'stage3' is not one of: received,", run.Output);
    }

    [Fact]
    public async Task AServerThatDoesNotAnswer_IsUnavailableWithAHint()
    {
        // Port 9 (discard) on loopback: nothing listens there on a test machine.
        var run = await CliRun.RunAsync(new Uri("http://127.0.0.1:9"), "info", "--as", "hana.handler:complaint-handler");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("UNAVAILABLE", run.Output);
        Assert.Contains("is the server running", run.Output);
    }
}
