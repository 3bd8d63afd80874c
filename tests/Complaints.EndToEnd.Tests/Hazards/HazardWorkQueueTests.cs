using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Reporting.Api.V1;
using static Complaints.EndToEnd.Tests.Hazards.HazardData;

namespace Complaints.EndToEnd.Tests.Hazards;

/// <summary>A hazard's running clocks in the cross-module work queue, beside the complaint's own items.</summary>
public sealed class HazardWorkQueueTests
{
    [Fact]
    public async Task ListWorkQueue_ShowsAnEmergencysClocks_DueSoonWithinTheProfilesHours_AndDropsThemOnceMet()
    {
        await using var host = await RunningHost.StartAsync();
        // Aware 20 hours ago: both emergency clocks are due in 4 hours, inside code2024's 6-hour due-soon window.
        var reported = (await host.Hazards.ReportHazardAsync(Emergency(TimeSpan.FromHours(20))).ResponseAsync).Hazard;
        var request = new ListWorkQueueRequest { Kinds = { WorkItemKind.HazardClock } };
        var caller = Caller.Exactly("hana", "complaint-handler");

        var items = (await host.WorkQueue.ListWorkQueueAsync(request, caller).ResponseAsync).Items;
        await host.Hazards.RecordInvestigationAsync(new Complaints.Hazards.Api.V1.RecordInvestigationRequest
        {
            HazardId = reported.Id, EndedAt = Ago(TimeSpan.FromHours(1)), Investigator = "Qualified electrician", Findings = "Live conductors exposed", HazardFound = true,
        }).ResponseAsync;
        var afterInvestigation = (await host.WorkQueue.ListWorkQueueAsync(request, caller).ResponseAsync).Items;

        Assert.Equal(["emergency.investigate", "emergency.makeSafe"], items.Select(i => i.ItemId.Split(':')[1]).Order(StringComparer.Ordinal));
        Assert.All(items, i =>
        {
            Assert.Equal(WorkItemStatus.DueSoon, i.Status);
            Assert.Equal(reported.Reference, i.Links["hazard_reference"]);
            Assert.InRange(i.DueBy.ToDateTimeOffset() - DateTimeOffset.UtcNow, TimeSpan.FromHours(3.9), TimeSpan.FromHours(4.1));
        });
        Assert.Equal(["emergency.makeSafe"], afterInvestigation.Select(i => i.ItemId.Split(':')[1]));
    }
}
