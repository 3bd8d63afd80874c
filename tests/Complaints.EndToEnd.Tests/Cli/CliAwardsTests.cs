using Complaints.Compensation.Api.V1;

namespace Complaints.EndToEnd.Tests.Cli;

/// <summary><c>complaints awards list</c>: the seeded awards, filtered by status.</summary>
[Collection(CliCollection.Name)]
public sealed class CliAwardsTests(SeededDevelopmentHost fixture)
{
    private const string Officer = "olu.officer:compensation-officer";

    [Fact]
    public async Task List_ProposedAwards_PrintsEachOne()
    {
        var proposed = (await fixture.Host.Compensation.ListAwardsAsync(new ListAwardsRequest { Statuses = { AwardStatus.Proposed } })).Awards;

        var run = await CliRun.RunAsync(fixture.Host, "awards", "list", "--status", "proposed", "--as", Officer);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, proposed.Count);
        Assert.All(proposed, a => Assert.Contains(a.Reference, run.Output));
        Assert.Contains("£150.00", run.Output);
    }

    [Fact]
    public async Task List_PaidAwards_WhenNoneArePaid_SaysNoneMatch()
    {
        var run = await CliRun.RunAsync(fixture.Host, "awards", "list", "--status", "paid", "--as", Officer);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("No awards match.", run.Output);
        Assert.DoesNotContain("AWD-", run.Output);
    }
}
