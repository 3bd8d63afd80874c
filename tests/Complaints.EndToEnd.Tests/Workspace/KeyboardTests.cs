using Complaints.Intake.Api.V1;
using OpenQA.Selenium;

namespace Complaints.EndToEnd.Tests.Workspace;

/// <summary>
/// The workspace from the keyboard alone: the skip link comes first and jumps past the header, and a complaint is
/// logged by tabbing through the form in order and pressing Enter — no pointer.
/// </summary>
public sealed class KeyboardTests
{
    [Fact]
    public async Task Handler_LogsAComplaint_WithTheKeyboardAlone()
    {
        await using var workspace = await WorkspaceBrowser.StartAsync();
        workspace.SignInAs("hana.handler");
        workspace.GoTo("/workspace/complaints/new");

        Press(workspace, Keys.Tab);
        var first = Focused(workspace);
        Press(workspace, Keys.Enter); // the skip link: focus moves to the main content
        var visited = new List<string>();
        for (var presses = 0; presses < 40 && Focused(workspace) != "submit"; presses++)
        {
            Press(workspace, Keys.Tab);
            var focused = Focused(workspace);
            visited.Add(focused);
            if (focused == "resident-reference")
                Press(workspace, "TEN-WS-KEYS");
            if (focused == "description")
                Press(workspace, "The bathroom fan has not worked for a month.");
        }
        Press(workspace, Keys.Enter);
        var reference = workspace.WaitFor("[data-reference]").Text;
        var logged = (await workspace.Host.Intake.GetComplaintAsync(new GetComplaintRequest { Reference = reference }).ResponseAsync).Complaint;

        Assert.Equal("skip-link", first);
        Assert.DoesNotContain("nav", visited.Take(1)); // after the skip link, the next stop is in the main content, not the header
        Assert.True(visited.IndexOf("resident-reference") < visited.IndexOf("description"), string.Join(" → ", visited));
        Assert.Equal(("TEN-WS-KEYS", "The bathroom fan has not worked for a month.", Channel.Phone), (logged.ResidentReference, logged.Description, logged.Channel));
    }

    private static void Press(WorkspaceBrowser workspace, string keys) => workspace.Page.SwitchTo().ActiveElement().SendKeys(keys);

    /// <summary>What has focus: its id, "skip-link", "nav" for a header link, "submit" for the form's button.</summary>
    private static string Focused(WorkspaceBrowser workspace) => (string)((IJavaScriptExecutor)workspace.Page).ExecuteScript("""
        const e = document.activeElement;
        if (e.classList.contains('govuk-skip-link')) return 'skip-link';
        if (e.closest('header')) return 'nav';
        if (e.matches('form button[type=submit], form button:not([type])')) return 'submit';
        return e.id || e.tagName.toLowerCase();
        """)!;
}
