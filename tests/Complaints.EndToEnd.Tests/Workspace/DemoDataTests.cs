using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.OmbudsmanLiaison.Api.V1;
using Complaints.VexatiousBehaviour.Api.V1;

namespace Complaints.EndToEnd.Tests.Workspace;

/// <summary>The README's run command opens a workspace with work in it: on a first run in Development the demo data is seeded through the API, once.</summary>
public sealed class DemoDataTests
{
    [Fact]
    public async Task FirstRunInDevelopment_SeedsTheDemoDataThroughTheApi()
    {
        await using var host = await RunningHost.StartAsync("--environment=Development");

        var complaints = await HousingSystem.HmsScenario.Eventually(
            () => host.Intake.ListComplaintsAsync(new ListComplaintsRequest { PageSize = 200 }).ResponseAsync, r => r.Complaints.Count >= 41);
        await HousingSystem.HmsScenario.Eventually(
            () => host.Ombudsman.ListOpenEvidenceRequestsAsync(new ListOpenEvidenceRequestsRequest()).ResponseAsync, r => r.EvidenceRequests.Count > 0);
        var awards = (await host.Compensation.ListAwardsAsync(new ListAwardsRequest { Statuses = { AwardStatus.Proposed } }).ResponseAsync).Awards;
        var cases = (await host.Conduct.ListConductCasesAsync(new ListConductCasesRequest(), ConductMethods.As("pat.chair")).ResponseAsync).Cases;

        Assert.Equal(41, complaints.Complaints.Count);
        Assert.True(complaints.Complaints.Select(c => c.Channel).Distinct().Count() >= 5);
        Assert.Contains(complaints.Complaints, c => c.NamedOfficer == "Hana Handler");
        Assert.Equal([15000L, 45000L], awards.Select(a => a.TotalPence).Order());
        Assert.Single(cases, c => c.Warnings == 1 && c.Incidents == 1);
    }
}
