using Complaints.EndToEnd.Tests.Infrastructure;
using Spectre.Console.Testing;

namespace Complaints.EndToEnd.Tests.Cli;

/// <summary>Seeding on a terminal draws a progress bar; seeding a database that has the demo set already says so.</summary>
[Collection(CliCollection.Name)]
public sealed class CliSeedAgainTests(SeededDevelopmentHost fixture)
{
    [Fact]
    public async Task Seed_WhenTheDemoSetIsThereAlready_SaysItIsMadeOncePerDatabase()
    {
        var run = await CliRun.RunAsync(fixture.Host, "seed", "--complaints", "3");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ALREADY_EXISTS", run.Output);
        Assert.Contains("already holds the demo data set", run.Output);
    }

    [Fact]
    public async Task Seed_OnAnInteractiveConsole_DrawsAProgressBarToTheEnd()
    {
        await using var host = await RunningHost.StartAsync("--environment=Development", "--Workspace:SeedDemoDataOnFirstRun=false");
        var console = new TestConsole().Width(200).Interactive().EmitAnsiSequences();

        var run = await CliRun.RunAsync(host.Address, console, "seed", "--complaints", "3");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("100%", run.Output);
        Assert.Contains("An Ombudsman referral with an evidence request", run.Output);
        Assert.DoesNotContain("[7/7]", run.Output);
    }
}
