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
        workspace.Click($"[data-award='{within.Reference}'] a");
        workspace.Type("#reason", "Proportionate to two missed visits");
        workspace.Click("[data-approve]");
        workspace.WaitFor("[data-done]");
        var approvedOnScreen = workspace.Text("[data-award-status]");
        var approved = (await host.Compensation.GetAwardAsync(new GetAwardRequest { Id = within.Id }, Officer).ResponseAsync).Award;

        workspace.GoTo($"/workspace/awards/{above.Id}");
        workspace.Type("#reason", "Proportionate to a month without heating");
        workspace.Click("[data-approve]");
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
}
