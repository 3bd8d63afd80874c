using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.OmbudsmanLiaison.Api.V1;

namespace Complaints.EndToEnd.Tests.Workspace;

/// <summary>An Ombudsman liaison officer answers an evidence request from the Ombudsman page; the API then has it as sent.</summary>
public sealed class LiaisonFlowTests
{
    [Fact]
    public async Task Liaison_RecordsTheEvidenceSent_FromTheOmbudsmanPage()
    {
        await using var workspace = await WorkspaceBrowser.StartAsync();
        var host = workspace.Host;
        var complaint = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest("Boiler broken for weeks")).ResponseAsync).Complaint;
        var referral = (await host.Ombudsman.RecordReferralAsync(new RecordReferralRequest { OmbudsmanCaseReference = "202655501", ComplaintIds = { complaint.Id } }).ResponseAsync).Referral;
        var due = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await host.Ombudsman.RecordEvidenceRequestAsync(new RecordEvidenceRequestRequest { ReferralId = referral.Id, What = "Repair records", DueOn = due }).ResponseAsync;
        workspace.SignInAs("lee.liaison");

        workspace.GoTo("/workspace/ombudsman");
        var row = workspace.WaitFor("[data-evidence-request]");
        var requestId = row.GetAttribute("data-evidence-request");
        var rowText = row.Text;
        var problems = workspace.SeriousAccessibilityProblems();
        workspace.Type($"#sent-{requestId}", "Repair job history and call notes, sent by the portal");
        workspace.Submit($"[data-evidence-request='{requestId}'] button");
        workspace.WaitFor("[data-done]");
        var open = (await host.Ombudsman.ListOpenEvidenceRequestsAsync(new ListOpenEvidenceRequestsRequest()).ResponseAsync).EvidenceRequests;

        Assert.Contains("Repair records", rowText);
        Assert.DoesNotContain(open, r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == requestId);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Liaison_RecordsAReferral_ThenTheDeterminationWithItsFindingAndOrder()
    {
        await using var workspace = await WorkspaceBrowser.StartAsync();
        var host = workspace.Host;
        var complaint = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest("Leak not fixed")).ResponseAsync).Complaint;
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var due = DateTime.UtcNow.AddDays(28).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        workspace.SignInAs("lee.liaison");

        workspace.GoTo("/workspace/ombudsman/referrals");
        workspace.Type("#case", "202677701");
        workspace.Type("#complaint", complaint.Reference);
        workspace.Type("#summary", "The resident went to the Ombudsman about the leak");
        workspace.Submit("[data-refer] button");
        workspace.WaitFor("[data-referral]");
        workspace.Type("#determined", today);
        workspace.Type("#element-0", "The landlord's handling of the leak");
        workspace.Find("#finding-0 option[value='Maladministration']").Click();
        workspace.Find("#order-type-0 option[value='Apology']").Click();
        workspace.Type("#order-description-0", "Apologise in writing");
        workspace.Type("#order-due-0", due);
        workspace.Type("#order-owner-0", "Head of Repairs");
        var problems = workspace.SeriousAccessibilityProblems();
        workspace.Submit("[data-determine] button");
        workspace.WaitFor("[data-determination]");
        var referral = (await host.Ombudsman.GetReferralAsync(new GetReferralRequest { OmbudsmanCaseReference = "202677701" }).ResponseAsync).Referral;

        Assert.Equal([complaint.Id], referral.Complaints.Select(c => c.ComplaintId));
        var finding = Assert.Single(referral.Determination.Findings);
        Assert.Equal(("The landlord's handling of the leak", Finding.Maladministration), (finding.Element, finding.Finding));
        var order = Assert.Single(referral.Orders);
        Assert.Equal((OrderType.Apology, due, "Head of Repairs"), (order.Type, order.DueOn, order.Owner));
        Assert.Empty(problems);
    }
}
