using Complaints.EndToEnd.Tests.Infrastructure;

namespace Complaints.EndToEnd.Tests.Cli;

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
