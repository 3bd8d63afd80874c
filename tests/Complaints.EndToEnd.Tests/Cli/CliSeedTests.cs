using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Spectre.Console.Testing;

namespace Complaints.EndToEnd.Tests.Cli;

/// <summary><c>complaints seed</c>: the demo data set through the API, with its progress shown.</summary>
[Collection(CliCollection.Name)]
public sealed class CliSeedTests(SeededDevelopmentHost fixture)
{
    [Fact]
    public async Task Seed_OnADevelopmentServer_LogsTheComplaintsAndReportsEachStep()
    {
        // Arrange: the fixture ran `complaints seed --complaints 5` against a fresh Development host.
        var seed = fixture.Seed;
        var total = SeededDevelopmentHost.Complaints + 4;

        // Act: read what the API now holds.
        var listed = (await fixture.Host.Intake.ListComplaintsAsync(new ListComplaintsRequest { PageSize = 200 })).Complaints;

        // Assert: five complaints and the mould complaint, each of the five reported as a step, and the last step reached.
        Assert.True(seed.ExitCode == 0, seed.ToString());
        Assert.Equal(SeededDevelopmentHost.Complaints + 1, listed.Count);
        var logged = listed.Where(c => !c.Description.Contains("mould", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(SeededDevelopmentHost.Complaints, logged.Count);
        Assert.All(logged, c => Assert.Contains($"Complaint {c.Reference}", seed.Output));
        Assert.Contains($"[1/{total}] Complaint ", seed.Output);
        Assert.Contains($"[{total}/{total}] An Ombudsman referral", seed.Output);
        Assert.Contains("Seeded 5 complaints", seed.Output);
    }
}

/// <summary>Seeding signs in as the development people, which a server outside Development does not believe: the tool says so.</summary>
[Collection(HostCollection.Name)]
public sealed class CliSeedOutsideDevelopmentTests(HostFixture fixture)
{
    [Fact]
    public async Task Seed_OnAServerOutsideDevelopment_SaysItNeedsDevelopment()
    {
        var run = await CliRun.RunAsync(fixture.Host, "seed", "--complaints", "3");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("UNAUTHENTICATED", run.Output);
        Assert.Contains("only a server in the Development environment believes", run.Output);
        Assert.DoesNotContain("   at ", run.Output);
    }
}

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
