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
        var problems = workspace.SeriousAccessibilityProblems();
        workspace.Type($"#sent-{requestId}", "Repair job history and call notes, sent by the portal");
        workspace.Click($"[data-evidence-request='{requestId}'] button");
        workspace.WaitFor("[data-done]");
        var open = (await host.Ombudsman.ListOpenEvidenceRequestsAsync(new ListOpenEvidenceRequestsRequest()).ResponseAsync).EvidenceRequests;

        Assert.Contains("Repair records", row.Text);
        Assert.DoesNotContain(open, r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == requestId);
        Assert.Empty(problems);
    }
}
