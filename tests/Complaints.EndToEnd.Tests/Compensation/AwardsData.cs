using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using static Complaints.EndToEnd.Tests.Infrastructure.CompensationMethods;

namespace Complaints.EndToEnd.Tests.Compensation;

/// <summary>Awards for tests: lines, proposals, and awards taken as far as approved or accepted.</summary>
public static class AwardsData
{
    public static async Task<string> ComplaintAsync(RunningHost host) =>
        (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest("Boiler broken for six weeks")).ResponseAsync).Complaint.Id;

    public static AwardLineInput Amount(AwardCategory category, string description, long pence) =>
        new() { Category = category, Description = description, AmountPence = pence };

    public static AwardLineInput FinancialLoss(string description, long pence, string evidence) =>
        new() { Category = AwardCategory.FinancialLoss, Description = description, AmountPence = pence, Evidence = evidence };

    public static AwardLineInput FixedSum(string description, string rateCode, int quantity) =>
        new() { Category = AwardCategory.FixedSum, Description = description, TableRate = new TableRate { RateCode = rateCode, Quantity = quantity } };

    public static ProposeAwardRequest Proposal(string complaintId, params AwardLineInput[] lines)
    {
        var request = new ProposeAwardRequest { ComplaintId = complaintId, Rationale = "Puts right the failures found at stage 1" };
        request.Lines.AddRange(lines);
        return request;
    }

    public static async Task<Award> ApprovedAsync(RunningHost host, ProposeAwardRequest proposal)
    {
        var proposed = (await host.Compensation.ProposeAwardAsync(proposal, Officer).ResponseAsync).Award;
        return (await host.Compensation.ApproveAwardAsync(new ApproveAwardRequest { AwardId = proposed.Id, Reason = "Proportionate" }, Director).ResponseAsync).Award;
    }

    public static async Task<Award> AcceptedAsync(RunningHost host, long pence)
    {
        var approved = await ApprovedAsync(host, Proposal(await ComplaintAsync(host), Amount(AwardCategory.TimeAndTrouble, "Time and trouble", pence)));
        return (await host.Compensation.RecordOfferResponseAsync(new RecordOfferResponseRequest { AwardId = approved.Id, Response = OfferResponse.Accepted }, Officer).ResponseAsync).Award;
    }
}
