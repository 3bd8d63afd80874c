using Complaints.Kernel.Errors;
using Complaints.OmbudsmanLiaison.Export;
using Complaints.OmbudsmanLiaison.Referrals;
using Microsoft.Extensions.DependencyInjection;
using static Complaints.OmbudsmanLiaison.Tests.LiaisonSteps;

namespace Complaints.OmbudsmanLiaison.Tests;

/// <summary>The evidence pack is assembled from each module's contract: the complaint, its whole history and clocks, awards, Ombudsman cases.</summary>
public sealed class CaseFileExportTests(OmbudsmanLiaisonHosts hosts) : IClassFixture<OmbudsmanLiaisonHosts>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_OfADeterminedComplaint_CarriesItsHistoryAwardsAndCase(string provider)
    {
        var host = await hosts.HostAsync(provider, "ids");
        var (complaint, referral, caseReference) = await host.ReferredAsync();
        await host.ExecuteAsync(new RecordDeterminationCommand(referral, Instants.Day("2027-03-01"), [new("Repairs", Domain.Finding.ServiceFailure, null)],
            [new OrderInput(Domain.OrderType.Compensation, "Pay £150", 15000, null, "Compensation team", null)], [], null));

        var export = await host.QueryAsync(services => services.GetRequiredService<CaseFileExporter>().ExportAsync(complaint, CancellationToken.None));

        Assert.Equal((complaint, "Determined"), (export.Complaint.Id, export.Complaint.Stage));
        Assert.Equal(["Boiler"], export.Complaint.Points);
        Assert.Equal(["Log", "Accept", "Acknowledge", "IssueStage1Response", "ReferToOmbudsman", "RecordDetermination"], export.Transitions.Select(t => t.Trigger));
        Assert.Equal([caseReference], export.OmbudsmanCases);
        Assert.Equal((15000L, caseReference), (export.Awards.Single().TotalPence, export.Awards.Single().OmbudsmanCaseReference));
        Assert.Contains(export.Clocks, c => c.Name == "stage1.respond");
        Assert.Empty(export.Restrictions);
        Assert.Equal(ModuleHostFixture.Start, export.GeneratedAt);
        Assert.StartsWith("Industrial Dwellings Society", export.PolicyProfile);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_OfAnUnknownComplaint_IsNotFound(string provider)
    {
        var host = await hosts.HostAsync(provider);
        var unknown = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<NotFoundException>(() =>
            host.QueryAsync(services => services.GetRequiredService<CaseFileExporter>().ExportAsync(unknown, CancellationToken.None)));

        Assert.Equal(unknown.ToString(), error.Id);
    }
}
