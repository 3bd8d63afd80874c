using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using static Complaints.EndToEnd.Tests.Infrastructure.CompensationMethods;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Compensation;

/// <summary>
/// CalculateAward prices fixed sums at the rates in force on the award's date and shows the band; ListAwards is the
/// officers' work queue. The host carries a second, landlord-set rates table from 1 April 2027 beside the Ombudsman's.
/// </summary>
public sealed class CalculationAndQueueTests
{
    private static readonly string[] LandlordRates =
    [
        "--Compensation:RateTables:1:EffectiveFrom=2027-04-01",
        "--Compensation:RateTables:1:Source=Landlord's own rates from April 2027",
        "--Compensation:RateTables:1:Rates:0:Code=MISSED_APPOINTMENT",
        "--Compensation:RateTables:1:Rates:0:Description=An appointment missed",
        "--Compensation:RateTables:1:Rates:0:Unit=appointment",
        "--Compensation:RateTables:1:Rates:0:Pence=2500",
    ];

    [Theory]
    [InlineData("2026-03-31", StatusCode.InvalidArgument, 0L, "")]
    [InlineData("2026-04-01", StatusCode.OK, 4500L, "2026-04-01")]
    [InlineData("2027-03-31", StatusCode.OK, 4500L, "2026-04-01")]
    [InlineData("2027-04-01", StatusCode.OK, 7500L, "2027-04-01")]
    public async Task CalculateAward_UsesTheRatesInForceOnTheAwardsDate(string awardedOn, StatusCode status, long total, string ratesFrom)
    {
        await using var host = await RunningHost.StartAsync(LandlordRates);
        var request = new CalculateAwardRequest { AwardedOn = awardedOn };
        request.Lines.Add(AwardsData.FixedSum("Three missed appointments", "MISSED_APPOINTMENT", 3));

        if (status != StatusCode.OK)
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.CalculateAwardAsync(request).ResponseAsync);
            Assert.Equal(status, error.StatusCode);
            Assert.Contains("no rates table is in force on 2026-03-31", error.Status.Detail);
            return;
        }
        var calculated = await host.Compensation.CalculateAwardAsync(request).ResponseAsync;

        Assert.Equal((total, ratesFrom), (calculated.TotalPence, calculated.RatesEffectiveFrom));
        Assert.Equal(total / 3, calculated.Lines[0].RatePence);
        Assert.Equal("Service failure", calculated.Band.Name);
    }

    [Theory]
    [InlineData(10000, "Service failure", 0, 10000)]
    [InlineData(10001, "Maladministration", 10001, 60000)]
    [InlineData(60001, "Significant impact", 60001, 100000)]
    [InlineData(100001, "Severe maladministration", 100001, 0)]
    public async Task CalculateAward_ShowsTheOmbudsmansBand(long pence, string band, long from, long upTo)
    {
        await using var host = await RunningHost.StartAsync();
        var request = new CalculateAwardRequest();
        request.Lines.Add(AwardsData.Amount(AwardCategory.DistressAndInconvenience, "Distress", pence - 1));
        request.Lines.Add(AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time", 1));

        var calculated = await host.Compensation.CalculateAwardAsync(request).ResponseAsync;

        Assert.Equal((pence, band, from, upTo), (calculated.TotalPence, calculated.Band.Name, calculated.Band.FromPence, calculated.Band.UpToPence));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListAwards_FiltersTheWorkQueue_AndPagesNewestFirst(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = await AwardsData.ComplaintAsync(host);
        var small = (await host.Compensation.ProposeAwardAsync(AwardsData.Proposal(complaint, AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time", 5000)), Officer).ResponseAsync).Award;
        var large = (await host.Compensation.ProposeAwardAsync(AwardsData.Proposal(complaint, AwardsData.Amount(AwardCategory.DistressAndInconvenience, "Distress", 70000)),
            As("kim.officer", "compensation-officer")).ResponseAsync).Award;
        var elsewhere = await AwardsData.ApprovedAsync(host, AwardsData.Proposal(await AwardsData.ComplaintAsync(host), AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time", 2000)));

        var forComplaint = await ListAsync(host, new ListAwardsRequest { ComplaintId = complaint });
        var proposed = await ListAsync(host, new ListAwardsRequest { Statuses = { AwardStatus.Proposed } });
        var byKim = await ListAsync(host, new ListAwardsRequest { ProposedBy = "kim.officer" });
        var significant = await ListAsync(host, new ListAwardsRequest { Band = "Significant impact" });
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"))
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var none = await ListAsync(host, new ListAwardsRequest { ProposedFrom = "2020-01-01", ProposedTo = "2020-12-31" });
        var first = await host.Compensation.ListAwardsAsync(new ListAwardsRequest { PageSize = 2 }).ResponseAsync;
        var second = await host.Compensation.ListAwardsAsync(new ListAwardsRequest { PageSize = 2, PageToken = first.NextPageToken }).ResponseAsync;
        var badToken = await Assert.ThrowsAsync<RpcException>(() => host.Compensation.ListAwardsAsync(new ListAwardsRequest { PageToken = "not-a-token" }).ResponseAsync);

        Assert.Equal([large.Id, small.Id], forComplaint);
        Assert.Equal([large.Id, small.Id], proposed);
        Assert.Equal([large.Id], byKim);
        Assert.Equal([large.Id], significant);
        Assert.Empty(none);
        Assert.Equal([elsewhere.Id, large.Id], first.Awards.Select(a => a.Id));
        Assert.Equal([small.Id], second.Awards.Select(a => a.Id));
        Assert.Equal("", second.NextPageToken);
        Assert.Equal(StatusCode.InvalidArgument, badToken.StatusCode);
        Assert.Equal(3, (await ListAsync(host, new ListAwardsRequest { ProposedFrom = today, ProposedTo = today })).Count);
    }

    private static async Task<List<long>> ListAsync(RunningHost host, ListAwardsRequest request) =>
        (await host.Compensation.ListAwardsAsync(request).ResponseAsync).Awards.Select(a => a.Id).ToList();
}
