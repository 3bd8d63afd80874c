using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Compensation;
using static Complaints.EndToEnd.Tests.Infrastructure.CompensationMethods;

namespace Complaints.EndToEnd.Tests.Workspace;

/// <summary>
/// A compensation officer (authority limit £250 in the profile) approves an award within it in the workspace, and is
/// refused one above it with the API's reason, which names who could approve; both checked through the API too.
/// </summary>
public sealed class CompensationFlowTests
{
    [Fact]
    public async Task Officer_ApprovesWithinTheirLimit_AndIsRefusedAboveIt_WithWhoCouldApprove()
    {
        await using var workspace = await WorkspaceBrowser.StartAsync();
        var host = workspace.Host;
        var within = (await host.Compensation.ProposeAwardAsync(
            AwardsData.Proposal(await AwardsData.ComplaintAsync(host), AwardsData.Amount(AwardCategory.TimeAndTrouble, "Two missed visits", 20000)), Officer).ResponseAsync).Award;
        var above = (await host.Compensation.ProposeAwardAsync(
            AwardsData.Proposal(await AwardsData.ComplaintAsync(host), AwardsData.Amount(AwardCategory.DistressAndInconvenience, "A month without heating", 40000)), Officer).ResponseAsync).Award;
        workspace.SignInAs("cleo.officer");

        workspace.GoTo("/workspace/awards");
        var waiting = workspace.FindAll("[data-awards-waiting] [data-award]").Select(r => r.GetAttribute("data-award")).ToList();
        var listProblems = workspace.SeriousAccessibilityProblems();
        workspace.Submit($"[data-award='{within.Reference}'] a");
        workspace.Type("#reason", "Proportionate to two missed visits");
        workspace.Submit("[data-approve]");
        workspace.WaitFor("[data-done]");
        var approvedOnScreen = workspace.Text("[data-award-status]");
        var approved = (await host.Compensation.GetAwardAsync(new GetAwardRequest { Id = within.Id }, Officer).ResponseAsync).Award;

        workspace.GoTo($"/workspace/awards/{above.Id}");
        workspace.Type("#reason", "Proportionate to a month without heating");
        workspace.Submit("[data-approve]");
        var refusal = workspace.WaitFor(".govuk-error-summary").Text;
        var awardProblems = workspace.SeriousAccessibilityProblems();
        workspace.Screenshot("workspace-award-refused.png");
        var stillProposed = (await host.Compensation.GetAwardAsync(new GetAwardRequest { Id = above.Id }, Officer).ResponseAsync).Award;

        Assert.Contains(within.Reference, waiting);
        Assert.Contains(above.Reference, waiting);
        Assert.StartsWith("Approved", approvedOnScreen);
        Assert.Equal((AwardStatus.Approved, 20000L), (approved.Status, approved.ApprovedPence));
        Assert.Contains("authority limit", refusal);
        Assert.Contains("compensation-manager", refusal);
        Assert.Equal(AwardStatus.Proposed, stillProposed.Status);
        Assert.Empty(listProblems);
        Assert.Empty(awardProblems);
    }

    [Fact]
    public async Task Officer_CalculatesWithTheFixedSumsAndBands_Proposes_ThenRecordsTheOfferAndThePayment()
    {
        await using var workspace = await WorkspaceBrowser.StartAsync();
        var host = workspace.Host;
        var complaint = (await host.Intake.LogComplaintAsync(Infrastructure.IntakeMethods.ValidRequest("Two missed appointments")).ResponseAsync).Complaint;
        workspace.SignInAs("olu.officer");

        workspace.GoTo($"/workspace/awards/new?complaint={complaint.Reference}");
        workspace.Find("#category-0 option[value='FixedSum']").Click();
        workspace.Type("#description-0", "Two appointments missed");
        workspace.Find("#rate-0 option[value='MISSED_APPOINTMENT']").Click();
        workspace.Type("#quantity-0", "2");
        workspace.Find("#category-1 option[value='TimeAndTrouble']").Click();
        workspace.Type("#description-1", "Chasing the repair");
        workspace.Type("#pounds-1", "50");
        workspace.Type("#rationale", "Puts right the missed appointments");
        workspace.Submit("[data-calculate]");
        var total = workspace.WaitFor("[data-calculated-total]").Text;
        var band = workspace.Text("[data-band]");
        var calculatorProblems = workspace.SeriousAccessibilityProblems();
        workspace.Submit("[data-propose]");
        workspace.WaitFor("[data-done]");
        var proposed = Assert.Single((await host.Compensation.ListAwardsAsync(new ListAwardsRequest { ComplaintId = complaint.Id }, Officer).ResponseAsync).Awards);
        await host.Compensation.ApproveAwardAsync(new ApproveAwardRequest { AwardId = proposed.Id, Reason = "Proportionate" }, Manager).ResponseAsync;

        workspace.GoTo($"/workspace/awards/{proposed.Id}");
        workspace.Click("#answer-accepted");
        workspace.Submit("[data-offer] button");
        workspace.WaitFor("[data-payment]");
        workspace.Click("#method-bank-transfer");
        workspace.Type("#amount-pence", "80");
        workspace.Type("#payment-reference", "BACS-1234");
        workspace.Type("#paid-on", DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        workspace.Submit("[data-payment] button");
        workspace.WaitFor("[data-done]");
        var statusOnScreen = workspace.Text("[data-award-status]");
        var paid = (await host.Compensation.GetAwardAsync(new GetAwardRequest { Id = proposed.Id }, Officer).ResponseAsync).Award;

        Assert.Equal("£80.00", total);
        Assert.StartsWith("Service failure", band);
        Assert.Equal(8000L, proposed.TotalPence);
        Assert.Equal(["MISSED_APPOINTMENT"], proposed.Lines.Where(l => l.RateCode.Length > 0).Select(l => l.RateCode));
        Assert.Equal("Paid", statusOnScreen);
        Assert.Equal((AwardStatus.Paid, 8000L), (paid.Status, paid.PaidPence));
        Assert.Empty(calculatorProblems);
    }
}
