using Complaints.Intake.Api.V1;

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
