using Complaints.EndToEnd.Tests.VexatiousBehaviour;
using Complaints.Intake.Api.V1;
using Complaints.VexatiousBehaviour.Api.V1;
using static Complaints.EndToEnd.Tests.Infrastructure.ConductMethods;

namespace Complaints.EndToEnd.Tests.Workspace;

/// <summary>
/// The unacceptable-behaviour panel decides a restriction in the workspace, the quorum counted live as members are
/// ticked; then the resident's next phone complaint, logged by a handler, shows the routing to the permitted route.
/// </summary>
public sealed class PanelFlowTests
{
    private const string Route = "Write to Sam Lee, Customer Resolution Manager";

    [Fact]
    public async Task Panel_DecidesARestriction_AndTheResidentsNextPhoneComplaintShowsTheRouting()
    {
        await using var workspace = await WorkspaceBrowser.StartAsync();
        var host = workspace.Host;
        var warned = await ConductData.WarnedCaseAsync(host, "TEN-WS-PANEL");
        workspace.SignInAs("pat.chair");

        workspace.GoTo("/workspace/conduct");
        var listed = workspace.FindAll("[data-case]").Select(r => r.GetAttribute("data-case")).ToList();
        var listProblems = workspace.SeriousAccessibilityProblems();
        workspace.GoTo($"/workspace/conduct/{warned.Id}");
        workspace.WaitFor("[data-decide-restriction]");
        var quorumAlone = workspace.Text("[data-quorum-output]");
        workspace.Type("#member-name-1", "Ron Member");
        workspace.Type("#member-id-1", "ron.member");
        workspace.Click("#member-sits-1");
        workspace.Type("#member-name-2", "Val Member");
        workspace.Type("#member-id-2", "val.member");
        workspace.Click("#member-sits-2");
        var quorumMet = workspace.Text("[data-quorum-output]");
        workspace.Click("input[name='Decision.Type'][value='WrittenContactOnly']");
        workspace.Type("#permitted-route", Route);
        workspace.Type("#ends-on", DateTime.UtcNow.AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        workspace.Type("#vulnerability-consideration", "No vulnerability known; checked the tenancy file and with the housing officer");
        workspace.Type("#equality-act-consideration", "No protected characteristic engaged by written contact; large print offered");
        workspace.Type("#proportionality", "Only the calls were abusive; writing keeps every route to us open");
        workspace.Type("#letter", "Letter RD-WS-1");
        workspace.Click("#advocate-offered");
        var caseProblems = workspace.SeriousAccessibilityProblems();
        workspace.Submit("[data-decide-restriction] button[type='submit']");
        workspace.WaitFor("[data-done]");
        var restrictionOnScreen = workspace.Text("[data-restriction]");
        var decided = (await host.Conduct.GetConductCaseAsync(new GetConductCaseRequest { CaseId = warned.Id }, As("pat.chair")).ResponseAsync).ConductCase;

        workspace.SignInAs("hana.handler");
        workspace.GoTo("/workspace/complaints/new");
        workspace.Type("#resident-reference", "TEN-WS-PANEL");
        workspace.Type("#description", "Nobody has fixed my door.");
        workspace.Submit("form button.govuk-button");
        var routing = workspace.WaitFor("[data-contact-routing]").Text;
        var reference = workspace.Text("[data-reference]");
        var logged = (await host.Intake.GetComplaintAsync(new GetComplaintRequest { Reference = reference }).ResponseAsync).Complaint;

        Assert.Contains(warned.Reference, listed);
        Assert.StartsWith("1 of 3", quorumAlone);
        Assert.EndsWith("quorate", quorumMet);
        Assert.StartsWith("3 of 3", quorumMet);
        Assert.Contains(Route, restrictionOnScreen);
        var restriction = Assert.Single(decided.Restrictions);
        Assert.Equal((RestrictionType.WrittenContactOnly, Route), (restriction.Type, restriction.PermittedRoute));
        Assert.Contains(Route, routing);
        Assert.NotEmpty(logged.ContactRouting.Restrictions);
        Assert.Equal(Route, logged.ContactRouting.PermittedRoute);
        Assert.Empty(listProblems);
        Assert.Empty(caseProblems);
    }

    [Fact]
    public async Task Panel_ReviewsARestriction_AndTheAppealsOfficerDecidesTheResidentsAppeal()
    {
        await using var workspace = await WorkspaceBrowser.StartAsync();
        var host = workspace.Host;
        var warned = await ConductData.WarnedCaseAsync(host, "TEN-WS-APPEAL");
        var ends = DateTime.UtcNow.AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var restrictionId = (await host.Conduct.DecideRestrictionAsync(ConductData.Decision(warned.Id, RestrictionType.WrittenContactOnly, ends), As("pat.chair")).ResponseAsync).RestrictionId;
        workspace.SignInAs("pat.chair");

        workspace.GoTo($"/workspace/conduct/{warned.Id}");
        workspace.Click($"[data-review='{restrictionId}'] summary");
        workspace.Click($"#review-{restrictionId}-continue");
        workspace.Type($"#review-reasons-{restrictionId}", "Calls are still abusive; writing works");
        workspace.Type($"#review-letter-{restrictionId}", "Letter RV-1");
        workspace.Submit($"[data-review='{restrictionId}'] form[action*='handler=Review'] button");
        workspace.WaitFor("[data-done]");
        workspace.Click($"[data-review='{restrictionId}'] summary");
        workspace.Type($"#appeal-grounds-{restrictionId}", "I was never abusive; the recording is of someone else");
        workspace.Submit($"[data-review='{restrictionId}'] form[action*='handler=Appeal'] button");
        workspace.WaitFor("[data-done]");
        workspace.SignInAs("ada.appeals");
        workspace.GoTo($"/workspace/conduct/{warned.Id}");
        var appeal = workspace.WaitFor("[data-appeal]").GetAttribute("data-appeal");
        workspace.Click($"#appeal-{appeal}-dismissed");
        workspace.Type($"#appeal-reasons-{appeal}", "The recording identifies the caller");
        workspace.Type($"#appeal-letter-{appeal}", "Letter AP-1");
        var problems = workspace.SeriousAccessibilityProblems();
        workspace.Submit($"[data-appeal='{appeal}'] button");
        workspace.WaitFor("[data-done]");
        var decided = (await host.Conduct.GetConductCaseAsync(new GetConductCaseRequest { CaseId = warned.Id }, As("pat.chair")).ResponseAsync).ConductCase;

        var reviewed = Assert.Single(decided.Restrictions);
        Assert.Equal(RestrictionStatus.Active, reviewed.Status);
        Assert.Single(reviewed.Reviews);
        var decidedAppeal = Assert.Single(decided.Appeals);
        Assert.Equal((AppealOutcome.Dismissed, "ada.appeals"), (decidedAppeal.Outcome, decidedAppeal.DecidedBy));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Panel_OpensACase_RecordsAnIncident_AndIssuesAFormalWarning()
    {
        await using var workspace = await WorkspaceBrowser.StartAsync();
        workspace.SignInAs("pat.chair");

        workspace.GoTo("/workspace/conduct");
        workspace.Click("[data-open-case] summary");
        workspace.Type("#new-resident", "TEN-WS-OPEN");
        workspace.Type("#new-summary", "Threatening emails to the repairs team");
        workspace.Submit("[data-open-case] button");
        var caseId = long.Parse(workspace.Page.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        workspace.Click("[data-record-incident] summary");
        workspace.Find("#incident-channel option[value='Email']").Click();
        workspace.Type("#incident-description", "Email threatening the surveyor");
        workspace.Type("#incident-evidence", "Email of 2 Nov, in the case folder");
        workspace.Submit("[data-record-incident] button");
        workspace.Click("[data-issue-warning] summary");
        workspace.Type("#warning-consequences", "Contact may be limited to writing to one officer");
        workspace.Type("#warning-letter", "Letter WL-WS-1");
        var problems = workspace.SeriousAccessibilityProblems();
        workspace.Submit("[data-issue-warning] button");
        var conduct = (await workspace.Host.Conduct.GetConductCaseAsync(new GetConductCaseRequest { CaseId = caseId }, As("pat.chair")).ResponseAsync).ConductCase;

        Assert.Equal(("TEN-WS-OPEN", "Threatening emails to the repairs team"), (conduct.ResidentReference, conduct.Summary));
        var incident = Assert.Single(conduct.Incidents);
        Assert.Equal((ContactChannel.Email, Behaviour.AbusiveOrThreateningLanguage), (incident.Channel, incident.Behaviour));
        var warning = Assert.Single(conduct.Warnings);
        Assert.Equal(WarningLevel.Formal, warning.Level);
        Assert.Empty(problems);
    }
}
