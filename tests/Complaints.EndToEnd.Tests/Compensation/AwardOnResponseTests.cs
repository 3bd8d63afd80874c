using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Google.Rpc;
using static Complaints.EndToEnd.Tests.Infrastructure.CompensationMethods;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Compensation;

/// <summary>A response offers compensation by naming an approved award: Investigation reads it through Compensation's contract.</summary>
public sealed class AwardOnResponseTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StageResponse_NamingAnApprovedAward_CarriesItsAmountAndReference(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var complaint = await AcknowledgedAsync(host);
        var approved = await AwardsData.ApprovedAsync(host, AwardsData.Proposal(complaint,
            AwardsData.FixedSum("Two missed appointments", "MISSED_APPOINTMENT", 2), AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time and trouble", 5000)));
        var proposedOnly = (await host.Compensation.ProposeAwardAsync(AwardsData.Proposal(complaint, AwardsData.Amount(AwardCategory.TimeAndTrouble, "More", 100)), CompensationMethods.Officer).ResponseAsync).Award;
        var otherComplaints = await AwardsData.ApprovedAsync(host, AwardsData.Proposal(await AwardsData.ComplaintAsync(host), AwardsData.Amount(AwardCategory.TimeAndTrouble, "Elsewhere", 100)));

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Investigation.IssueResponseAsync(Response(complaint, (proposedOnly.Id, 0), (otherComplaints.Id, 0), (approved.Id, 999), (987654, 0))).ResponseAsync);
        var issued = await host.Investigation.IssueResponseAsync(Response(complaint, (approved.Id, 0))).ResponseAsync;

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        var violations = refused.Detail<BadRequest>()!.FieldViolations;
        Assert.Equal(["remedies[0].award_id", "remedies[1].award_id", "remedies[2].amount_pence", "remedies[3].award_id"], violations.Select(v => v.Field));
        Assert.Contains($"{proposedOnly.Reference} is Proposed", violations[0].Description);
        Assert.Contains("not an award for this complaint", violations[1].Description);
        Assert.Contains($"- Compensation for the missed visits (£80.00, award {approved.Reference})", issued.Letter);
    }

    private static IssueResponseRequest Response(string complaintId, params (long AwardId, long Pence)[] awards)
    {
        var response = new IssueResponseRequest
        {
            ComplaintId = complaintId, Stage = 1, ComplaintDefinition = "Boiler", EscalationInformation = "How to ask for stage 2.",
        };
        response.Decisions.Add(new PointDecision { Point = "Boiler", Outcome = DecisionOutcome.Upheld, Reasons = "Two visits missed." });
        foreach (var (awardId, pence) in awards)
            response.Remedies.Add(new Remedy { Kind = RemedyKind.Compensation, Description = "Compensation for the missed visits", AwardId = awardId, AmountPence = pence });
        return response;
    }

    private static async Task<string> AcknowledgedAsync(RunningHost host)
    {
        var log = IntakeMethods.ValidRequest("Boiler repair missed twice");
        log.Points.Add("Boiler");
        var complaint = (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel",
        }).ResponseAsync;
        return complaint.Id;
    }
}
