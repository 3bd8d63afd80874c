namespace Complaints.EndToEnd.Tests.Cli;

/// <summary><c>complaints plugins</c>: the registration service's tables, read as an administrator.</summary>
[Collection(CliCollection.Name)]
public sealed class CliPluginsTests(SeededDevelopmentHost fixture)
{
    private const string Administrator = "adam.admin:administrator";

    [Fact]
    public async Task Messages_ListsTheMessagesWithTheirAttributes()
    {
        var run = await CliRun.RunAsync(fixture.Host, "plugins", "messages", "--as", Administrator);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.Lines, l => l.Contains("LogComplaint", StringComparison.Ordinal) && l.Contains("description", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Steps_OnAHostWithNoneRegistered_SaysSo()
    {
        var run = await CliRun.RunAsync(fixture.Host, "plugins", "steps", "--as", Administrator);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("No steps are registered.", run.Output);
    }

    [Fact]
    public async Task Enable_AnUnknownStep_IsNotFound()
    {
        var run = await CliRun.RunAsync(fixture.Host, "plugins", "enable", Guid.NewGuid().ToString(), "--as", Administrator);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("NOT_FOUND", run.Output);
    }
}
