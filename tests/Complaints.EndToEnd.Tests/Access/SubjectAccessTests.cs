using Complaints.AccessApi.V1;
using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Compensation;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using OmbudsmanApi = Complaints.OmbudsmanLiaison.Api.V1;

namespace Complaints.EndToEnd.Tests.Access;

/// <summary>A resident's subject access pack: everything about them, nothing about anyone else, readable as it is.</summary>
public sealed class SubjectAccessTests
{
    private static readonly CallOptions DataProtectionOfficer = Caller.Exactly("dpo", "data-protection-officer");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ThePack_HoldsTheResidentsComplaintsAwardsAndOmbudsmanCases_AndNoOneElses(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var first = IntakeMethods.ValidRequest("Damp in the <b>bedroom</b> & hall");
        first.ResidentReference = "TEN-SAR-1";
        first.Vulnerabilities.Add("Uses a wheelchair");
        var second = IntakeMethods.ValidRequest("Boiler repair missed");
        second.ResidentReference = "TEN-SAR-1";
        var someoneElse = IntakeMethods.ValidRequest("Noisy neighbour, not theirs");
        someoneElse.ResidentReference = "TEN-OTHER";
        var theirs = new[]
        {
            (await host.Intake.LogComplaintAsync(first).ResponseAsync).Complaint,
            (await host.Intake.LogComplaintAsync(second).ResponseAsync).Complaint,
        };
        await host.Intake.LogComplaintAsync(someoneElse);
        var award = (await host.Compensation.ProposeAwardAsync(
            AwardsData.Proposal(theirs[0].Id, AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time and trouble", 5000)),
            Caller.As("olu", "compensation-officer")).ResponseAsync).Award;
        await host.Ombudsman.RecordReferralAsync(new OmbudsmanApi.RecordReferralRequest
        {
            OmbudsmanCaseReference = "HOS-SAR-77", ComplaintIds = { theirs[1].Id }, Summary = "Boiler",
        });

        var pack = await host.Privacy.ExportResidentDataAsync(new ExportResidentDataRequest { ResidentReference = "TEN-SAR-1" }, DataProtectionOfficer);
        var byHandler = await Assert.ThrowsAsync<RpcException>(() => host.Privacy.ExportResidentDataAsync(
            new ExportResidentDataRequest { ResidentReference = "TEN-SAR-1" }, Caller.Exactly("sam", "complaint-handler")).ResponseAsync);

        Assert.Equal((2, 1, 1), (pack.Complaints, pack.Awards, pack.Referrals));
        Assert.Contains(theirs[0].Reference, pack.Html);
        Assert.Contains(theirs[1].Reference, pack.Html);
        Assert.Contains("Damp in the &lt;b&gt;bedroom&lt;/b&gt; &amp; hall", pack.Html);
        Assert.Contains("Uses a wheelchair", pack.Html);
        Assert.Contains(award.Reference, pack.Html);
        Assert.Contains("HOS-SAR-77", pack.Html);
        Assert.DoesNotContain("Noisy neighbour", pack.Html);
        Assert.DoesNotContain("<script", pack.Html);
        Assert.Equal(StatusCode.PermissionDenied, byHandler.StatusCode);
        var audited = (await host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { Filter = new AuditFilter { ResidentReference = "TEN-SAR-1" } },
            Caller.Exactly("aud", "auditor"))).Entries;
        Assert.Contains(audited, e => e.Method.EndsWith("/ExportResidentData", StringComparison.Ordinal) && e.Actor == "dpo" && e.Outcome == "OK");
    }

    [Fact]
    public async Task AResidentWithNothingOnRecord_GetsAPackSayingSo()
    {
        await using var host = await RunningHost.StartAsync();

        var pack = await host.Privacy.ExportResidentDataAsync(new ExportResidentDataRequest { ResidentReference = "TEN-NOBODY" }, DataProtectionOfficer);

        Assert.Equal(0, pack.Complaints);
        Assert.Contains("No complaint is recorded for this resident.", pack.Html);
    }
}
