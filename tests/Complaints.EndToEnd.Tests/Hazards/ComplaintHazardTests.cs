using System.Text.Json;
using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Hazards.Api.V1;
using Complaints.Intake.Api.V1;
using Complaints.Lifecycle.Api.V1;
using Complaints.OmbudsmanLiaison.Api.V1;
using static Complaints.EndToEnd.Tests.Hazards.HazardData;

namespace Complaints.EndToEnd.Tests.Hazards;

/// <summary>
/// A complaint logged with the hazard flag raises a hazard report in the same call: the complaint's page shows both
/// sets of clocks, the evidence pack shows the hazard's clocks and access attempts, and closing the complaint leaves
/// the hazard's clocks running.
/// </summary>
public sealed class ComplaintHazardTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ComplaintWithHazardFlag_ShowsBothSetsOfClocks_OverGrpcAndInTheEvidencePack(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var log = IntakeMethods.ValidRequest("Mould in the children's bedroom keeps coming back");
        log.PropertyReference = "PROP-MOULD-1";
        log.Hazard = new HazardMention { Kind = "damp-and-mould", Category = HazardMentionCategory.Significant, Tenure = "SocialRent" };
        var complaint = (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;

        var lifecycle = (await host.Lifecycle.GetLifecycleAsync(new GetLifecycleRequest { ComplaintId = complaint.Id }).ResponseAsync).Lifecycle;
        var hazard = Assert.Single((await host.Hazards.ListHazardsAsync(new ListHazardsRequest { ComplaintId = complaint.Id }).ResponseAsync).Hazards);
        await host.Hazards.RecordAccessAttemptAsync(new RecordAccessAttemptRequest
        {
            HazardId = hazard.Id, Method = AccessMethod.Visit, Outcome = AccessOutcome.NoAnswer, Notes = "Calling card left",
        }).ResponseAsync;
        await host.Ombudsman.RecordReferralAsync(new RecordReferralRequest { OmbudsmanCaseReference = "202611111", ComplaintIds = { complaint.Id } }).ResponseAsync;
        var json = (await host.Ombudsman.ExportCaseFileAsync(new ExportCaseFileRequest { ComplaintId = complaint.Id }).ResponseAsync).Document;
        var html = (await host.Ombudsman.ExportCaseFileAsync(new ExportCaseFileRequest { ComplaintId = complaint.Id, Format = ExportFormat.Html }).ResponseAsync).Document;
        using var pack = JsonDocument.Parse(json);
        var packed = pack.RootElement.GetProperty("hazards")[0];

        Assert.Contains(lifecycle.Clocks, c => c.Name == "stage1.acknowledge");
        var onPage = Assert.Single(lifecycle.Hazards);
        Assert.Equal((hazard.Reference, "damp-and-mould", false), (onPage.Reference, onPage.Kind, onPage.Emergency));
        var investigate = Assert.Single(onPage.Clocks);
        Assert.Equal(("significant.investigate", ClockStatus.OnTrack), (investigate.Name, investigate.Status));
        Assert.Contains("reg. 6", investigate.Regulation);
        Assert.Equal((HazardSource.Complaint, complaint.Reference, "PROP-MOULD-1"), (hazard.Source, hazard.SourceReference, hazard.PropertyReference));
        Assert.Equal(complaint.ReceivedAt, hazard.AwareAt);
        Assert.Equal(hazard.Reference, packed.GetProperty("reference").GetString());
        Assert.Equal("significant.investigate", packed.GetProperty("clocks")[0].GetProperty("name").GetString());
        Assert.Equal("NoAnswer", packed.GetProperty("accessAttempts")[0].GetProperty("outcome").GetString());
        Assert.Contains("Law hazards</h2>", html);
        Assert.Contains("<h2>Access attempts (reasonable endeavours)</h2>", html);
        Assert.Contains("<td>Calling card left</td>", html);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ClosingTheComplaint_LeavesItsHazardOpen(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var log = IntakeMethods.ValidRequest("Sparks from the socket in the kitchen");
        log.HealthAndSafety = true; // the flag alone: unassessed, so the emergency clocks run until someone assesses it
        var complaint = (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;

        var withdrawn = await host.Intake.WithdrawComplaintAsync(new WithdrawComplaintRequest { ComplaintId = complaint.Id, Reason = "Resident withdrew" }).ResponseAsync;
        var lifecycle = (await host.Lifecycle.GetLifecycleAsync(new GetLifecycleRequest { ComplaintId = complaint.Id }).ResponseAsync).Lifecycle;
        var hazard = Assert.Single((await host.Hazards.ListHazardsAsync(new ListHazardsRequest { ComplaintId = complaint.Id }).ResponseAsync).Hazards);

        Assert.Equal(Stage.Withdrawn, lifecycle.Stage);
        Assert.DoesNotContain(lifecycle.Clocks, c => c.Status is ClockStatus.OnTrack or ClockStatus.DueSoon or ClockStatus.Overdue);
        Assert.Equal(("unassessed", HazardCategory.Emergency), (hazard.Kind, hazard.Category));
        Assert.Null(hazard.Stopped);
        Assert.All(hazard.Clocks, c => Assert.Equal(ClockStatus.OnTrack, c.Status));
        Assert.All(Assert.Single(lifecycle.Hazards).Clocks, c => Assert.Equal(ClockStatus.OnTrack, c.Status));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ComplaintFromALeaseholder_RaisesNoHazard_AndIsLoggedAllTheSame(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var log = IntakeMethods.ValidRequest("Damp in the flat above mine");
        log.Hazard = new HazardMention { Kind = "damp-and-mould", Category = HazardMentionCategory.Significant, Tenure = "Leasehold" };

        var complaint = (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
        var hazards = (await host.Hazards.ListHazardsAsync(new ListHazardsRequest { ComplaintId = complaint.Id }).ResponseAsync).Hazards;

        Assert.Empty(hazards);
        Assert.Empty((await host.Lifecycle.GetLifecycleAsync(new GetLifecycleRequest { ComplaintId = complaint.Id }).ResponseAsync).Lifecycle.Hazards);
    }
}
