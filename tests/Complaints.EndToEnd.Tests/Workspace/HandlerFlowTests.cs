using Complaints.Common.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;

namespace Complaints.EndToEnd.Tests.Workspace;

/// <summary>
/// A complaint handler in the workspace, in headless Chromium: logs a complaint from a phone call, acknowledges it,
/// checks the stage 1 response against the Code and issues it — each step checked on screen and through the API, and
/// every page checked by axe-core.
/// </summary>
public sealed class HandlerFlowTests
{
    [Fact]
    public async Task Handler_LogsAcknowledgesAndResponds_AtStage1_OnScreenAndInTheApi()
    {
        await using var workspace = await WorkspaceBrowser.StartAsync();
        var problems = new Dictionary<string, IReadOnlyList<string>>();
        workspace.SignInAs("hana.handler");
        problems["work queue"] = workspace.SeriousAccessibilityProblems();

        workspace.GoTo("/workspace/complaints/new");
        problems["log a complaint"] = workspace.SeriousAccessibilityProblems();
        workspace.Type("#resident-reference", "TEN-WS-001");
        workspace.Type("#description", "The repair to my boiler was missed twice and nobody called back.");
        workspace.Find("#category option:nth-child(2)").Click();
        workspace.Submit("form button.govuk-button");
        var reference = workspace.WaitFor("[data-reference]").Text;
        var loggedBanner = workspace.Text("[data-done]");
        var logged = (await workspace.Host.Intake.GetComplaintAsync(new GetComplaintRequest { Reference = reference }).ResponseAsync).Complaint;
        problems["complaint"] = workspace.SeriousAccessibilityProblems();

        workspace.Type("#complaint-definition", "Two missed boiler repair visits and no call back");
        workspace.Type("#resolution-sought", "A working boiler and an apology");
        workspace.Submit("[data-acknowledge] button");
        workspace.WaitFor("[data-done]");
        var stageOnScreen = workspace.Text("[data-stage]");
        var acknowledged = (await workspace.Host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = logged.Id }).ResponseAsync).Complaint;

        workspace.Submit("[data-respond]");
        workspace.WaitFor("[data-respond-form]");
        workspace.Click("input[name='Form.Decisions[0].Outcome'][value='upheld']");
        workspace.Type("#reasons-0", "Our records show both visits were missed.");
        workspace.Submit("[data-check]");
        workspace.WaitFor("[data-checklist]");
        var gapsBeforeApology = workspace.FindAll("[data-checklist] [data-met='false']").Select(e => e.Text).ToList();
        problems["stage 1 response"] = workspace.SeriousAccessibilityProblems();
        workspace.Type("#apology", "We are sorry the engineer missed both visits.");
        workspace.Submit("[data-check]");
        workspace.WaitFor("[data-checklist]");
        var gapsAfterApology = workspace.FindAll("[data-checklist] [data-met='false']").Count;
        workspace.Submit("[data-issue]");
        var letter = workspace.WaitFor("[data-issued-letter]").Text;
        var responded = (await workspace.Host.Intake.GetComplaintAsync(new GetComplaintRequest { Id = logged.Id }).ResponseAsync).Complaint;
        workspace.Screenshot("workspace-stage1-response.png");

        Assert.Equal($"Complaint {reference} logged", loggedBanner);
        Assert.Equal((Channel.Phone, "TEN-WS-001", Stage.Received), (logged.Channel, logged.ResidentReference, logged.Stage));
        Assert.NotEmpty(logged.Category);
        Assert.Equal(("Two missed boiler repair visits and no call back", "Hana Handler"), (acknowledged.ComplaintDefinition, acknowledged.NamedOfficer));
        Assert.StartsWith("Stage 1", stageOnScreen);
        Assert.Equal(Stage.Stage1Investigating, acknowledged.Stage);
        Assert.Single(gapsBeforeApology, gap => gap.Contains("no apology or other remedy offered"));
        Assert.Equal(0, gapsAfterApology);
        Assert.Contains("We are sorry the engineer missed both visits.", letter);
        Assert.Equal(Stage.Stage1Responded, responded.Stage);
        Assert.All(problems, page => Assert.True(page.Value.Count == 0, $"{page.Key}: {string.Join("; ", page.Value)}"));
    }

    [Fact]
    public async Task WorkQueue_ShowsTheNewComplaintsAcknowledgementClock_ForEveryone()
    {
        await using var workspace = await WorkspaceBrowser.StartAsync();
        var logged = (await workspace.Host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest("Lift out of order")).ResponseAsync).Complaint;
        workspace.SignInAs("hana.handler");

        workspace.GoTo("/workspace?Whose=all");
        var row = workspace.WaitFor($"[data-item='{logged.Id}']");

        Assert.Contains(logged.Reference, row.Text);
        Assert.Contains("Acknowledge", row.Text);
        Assert.Contains("On track", row.Text);
        Assert.Contains("working days left", row.Text);
    }

    [Fact]
    public async Task Handler_RecordsAContactEvidenceAndAPromisedAction_OnTheComplaintPage()
    {
        await using var workspace = await WorkspaceBrowser.StartAsync();
        var host = workspace.Host;
        var logged = (await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest("The fence was never repaired")).ResponseAsync).Complaint;
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = logged.Id, ComplaintDefinition = "Fence repair", NamedOfficer = "Hana Handler" }).ResponseAsync;
        var due = DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        workspace.SignInAs("hana.handler");

        workspace.GoTo($"/workspace/complaints/{logged.Id}");
        workspace.Click("[data-record-contact] summary");
        workspace.Type("#contact-summary", "Called the resident to arrange a visit");
        workspace.Submit("[data-record-contact] button");
        workspace.WaitFor("[data-done]");
        workspace.Click("[data-record-evidence] summary");
        workspace.Type("#evidence-title", "Photo of the broken fence");
        workspace.Type("#evidence-location", "SharePoint/complaints/fence.jpg");
        workspace.Submit("[data-record-evidence] button");
        workspace.WaitFor("[data-done]");
        workspace.Click("[data-add-action] summary");
        workspace.Type("#action-description", "Replace the fence panels");
        workspace.Type("#action-due", due);
        workspace.Submit("[data-add-action] button");
        workspace.WaitFor("[data-done]");
        var caseFileOnScreen = workspace.Text("[data-case-file]");
        var problems = workspace.SeriousAccessibilityProblems();
        var caseFile = await host.Investigation.GetCaseFileAsync(new Complaints.Investigation.Api.V1.GetCaseFileRequest { ComplaintId = logged.Id }).ResponseAsync;
        var actionId = caseFile.Actions.Single().Id;
        workspace.Type($"#action-note-{actionId}", "Panels replaced by the fencing contractor");
        workspace.Submit($"[data-complete-action='{actionId}'] button");
        var completed = (await host.Investigation.GetCaseFileAsync(new Complaints.Investigation.Api.V1.GetCaseFileRequest { ComplaintId = logged.Id }).ResponseAsync).Actions.Single();

        Assert.Equal(["Called the resident to arrange a visit"], caseFile.Contacts.Select(c => c.Summary));
        Assert.Equal(["Photo of the broken fence"], caseFile.Evidence.Select(e => e.Title));
        Assert.Equal([("Replace the fence panels", due)], caseFile.Actions.Select(a => (a.Description, a.DueOn)));
        Assert.Contains("Replace the fence panels", caseFileOnScreen);
        Assert.Equal(Complaints.Investigation.Api.V1.ActionStatus.Completed, completed.Status);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task AccessibilityCheck_ReportsAnUnlabelledField_SoAPassMeansSomething()
    {
        await using var workspace = await WorkspaceBrowser.StartAsync();

        workspace.Page.Navigate().GoToUrl("data:text/html,<!DOCTYPE html><html lang='en'><head><title>t</title></head><body><main><input type='text'></main></body></html>");
        var problems = workspace.SeriousAccessibilityProblems();

        Assert.Contains(problems, p => p.StartsWith("label:", StringComparison.Ordinal));
    }
}
