using System.Text.Json;
using Complaints.EndToEnd.Tests.Infrastructure;
using OpenQA.Selenium;

namespace Complaints.EndToEnd.Tests.Workspace;

/// <summary>
/// The real host in Development (so its development sign-in is on; demo data off) and headless Chromium on the
/// workspace: sign in as someone, go to a page, fill and submit forms, and run axe-core (from npm, tests/run.sh installs
/// it) on what is shown.
/// </summary>
public sealed class WorkspaceBrowser : IAsyncDisposable
{
    private static readonly Lazy<string> Axe = new(() => File.ReadAllText(Path.Combine(RepoPaths.NodeModules, "axe-core", "axe.min.js")));

    private readonly HeadlessChromium browser;

    private WorkspaceBrowser(RunningHost host, HeadlessChromium browser) => (Host, this.browser) = (host, browser);

    public RunningHost Host { get; }

    public IWebDriver Page => browser.Page;

    public static async Task<WorkspaceBrowser> StartAsync(TestDatabase? database = null)
    {
        string[] args = ["--environment=Development", "--Workspace:SeedDemoDataOnFirstRun=false"];
        var host = database is null ? await RunningHost.StartAsync(args) : await RunningHost.StartOnAsync(database, args);
        using (var http = host.Http())
        {
            var probe = await http.GetAsync("/workspace/sign-in");
            if (!probe.IsSuccessStatusCode)
                throw new InvalidOperationException($"GET {host.HttpAddress}workspace/sign-in: {probe.StatusCode} {await probe.Content.ReadAsStringAsync()}");
        }
        return new WorkspaceBrowser(host, HeadlessChromium.Start(1280, 1600));
    }

    public void GoTo(string path) => Page.Navigate().GoToUrl(new Uri(Host.HttpAddress, path));

    /// <summary>Signs in through the development picker, as a person would: pick, press the button.</summary>
    public void SignInAs(string personId)
    {
        GoTo("/workspace/sign-in");
        WaitFor($"input[name='PersonId'][value='{personId}']").Click();
        Submit("form button.govuk-button:not(.govuk-button--secondary)");
        WaitFor($"[data-signed-in-as='{personId}']");
    }

    public IWebElement Find(string css) => Page.FindElement(By.CssSelector(css));

    public IReadOnlyList<IWebElement> FindAll(string css) => Page.FindElements(By.CssSelector(css));

    public string Text(string css) => Find(css).Text.Trim();

    public void Type(string css, string text)
    {
        var field = Find(css);
        field.Clear();
        field.SendKeys(text);
    }

    public void Click(string css) => Find(css).Click();

    /// <summary>
    /// Presses a button or link that loads another page, and returns once the old page is gone: a banner or field
    /// the old page also had is never mistaken for the new page's.
    /// </summary>
    public void Submit(string css)
    {
        var before = Page.FindElement(By.TagName("html"));
        Click(css);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!Gone(before))
        {
            if (DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"Pressing '{css}' on {Page.Url} loaded no page.");
            Thread.Sleep(25);
        }
    }

    private static bool Gone(IWebElement element)
    {
        try
        {
            _ = element.Enabled;
            return false;
        }
        catch (WebDriverException)
        {
            return true; // stale, or (as Chromium sometimes says) no longer in the document
        }
    }

    /// <summary>The first element matching, once the page shows one (pages load after a form posts and redirects).</summary>
    public IWebElement WaitFor(string css)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (Page.FindElements(By.CssSelector(css)).FirstOrDefault() is { } found)
                return found;
            if (DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"Nothing matched '{css}' on {Page.Url}: {System.Text.RegularExpressions.Regex.Match(Page.PageSource, "(ERR_[A-Z_]+|<main[^\0]{0,1500})")}");
            Thread.Sleep(50);
        }
    }

    /// <summary>
    /// Runs axe-core on the page shown (WCAG 2.0, 2.1 and 2.2, A and AA) and returns each serious or critical
    /// violation as "rule: where", so a failing assertion says what to mend.
    /// </summary>
    public IReadOnlyList<string> SeriousAccessibilityProblems()
    {
        ((IJavaScriptExecutor)Page).ExecuteScript(Axe.Value);
        var json = (string?)((IJavaScriptExecutor)Page).ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
              .then(r => done(JSON.stringify(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')))))
              .catch(e => done(JSON.stringify(['axe failed: ' + e])));
            """);
        return JsonSerializer.Deserialize<List<string>>(json ?? "[\"axe returned nothing\"]")!;
    }

    public void Screenshot(string name) => browser.Screenshot(name);

    public async ValueTask DisposeAsync()
    {
        browser.Dispose();
        await Host.DisposeAsync();
    }
}
