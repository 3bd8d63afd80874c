using Complaints.EndToEnd.Tests.HousingSystem;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Hazards.Api.V1;
using Complaints.Intake.Api.V1;
using Complaints.Reporting.Api.V1;

namespace Complaints.EndToEnd.Tests.Hazards;

/// <summary>
/// A hazard raised from a complaint before its tenure is known runs its clocks (the safe side); once the housing
/// management system gives a tenure the regulations do not reach, they stop as TENURE_NOT_COVERED, and the Board's
/// figures leave the hazard out. A social-rent tenancy's hazard runs on.
/// </summary>
public sealed class HazardTenureTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TenureFromTheHms_StopsTheClocksOfAHazardTheRegulationsDoNotReach_AndLeavesItOutOfTheBoardFigures(string provider)
    {
        await using var scenario = await HmsScenario.StartAsync(provider);
        scenario.Hms.Put("residents/TEN-SO", """{"reference":"TEN-SO","name":"Sam Owens"}""");
        scenario.Hms.Put("residents/TEN-SO/tenancy", """{"reference":"TNC-SO","tenureType":"shared-ownership","propertyReference":"PROP-2"}""");
        var host = scenario.Host;

        var sharedOwner = await LogWithHazardAsync(host, "TEN-SO", "PROP-2");
        var stopped = await HmsScenario.Eventually(() => HazardOfAsync(host, sharedOwner), h => h.Stopped is not null);
        var tenant = await LogWithHazardAsync(host, "TEN-1", "PROP-1");
        var running = await HmsScenario.Eventually(() => HazardOfAsync(host, tenant), h => h.Tenure != "");
        // Reporting applies events in order: once the tenant's hazard is counted, the shared owner's stop has been applied.
        var figures = await HmsScenario.Eventually(
            () => host.Reporting.GetHazardFiguresAsync(new GetHazardFiguresRequest { ReportingYear = YearNow() }, Caller.Exactly("rita", "report-reader")).ResponseAsync,
            f => f.YearTotal.ReportedSignificant >= 1);

        Assert.Equal(("SharedOwnership", StopReason.TenureNotCovered, "housing-system"), (stopped.Tenure, stopped.Stopped.Reason, stopped.Stopped.StoppedBy));
        Assert.Contains("SocialRent", stopped.Stopped.Evidence);
        Assert.All(stopped.Clocks, c => Assert.Equal(Complaints.Common.V1.ClockStatus.Stopped, c.Status));
        Assert.Equal("SocialRent", running.Tenure);
        Assert.Null(running.Stopped);
        Assert.Equal(1, figures.YearTotal.ReportedSignificant);
    }

    private static async Task<string> LogWithHazardAsync(RunningHost host, string resident, string property)
    {
        var log = IntakeMethods.ValidRequest("Black mould in the bathroom");
        (log.ResidentReference, log.PropertyReference) = (resident, property);
        log.Hazard = new HazardMention { Kind = "damp-and-mould", Category = HazardMentionCategory.Significant };
        return (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint.Id;
    }

    private static async Task<Hazard> HazardOfAsync(RunningHost host, string complaintId) =>
        Assert.Single((await host.Hazards.ListHazardsAsync(new ListHazardsRequest { ComplaintId = complaintId }).ResponseAsync).Hazards);

    /// <summary>The reporting year under way (April to March).</summary>
    private static int YearNow() => DateTime.UtcNow.Month >= 4 ? DateTime.UtcNow.Year : DateTime.UtcNow.Year - 1;
}
