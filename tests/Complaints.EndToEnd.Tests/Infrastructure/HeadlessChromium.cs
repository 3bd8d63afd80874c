using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A real browser: Debian's Chromium driven through its chromedriver (packages <c>chromium</c> and
/// <c>chromium-driver</c>, which tests/run.sh installs). Both paths are given, so Selenium Manager never looks for, or
/// downloads, a browser of its own. Override with COMPLAINTS_CHROMIUM / COMPLAINTS_CHROMEDRIVER.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    private static readonly string Browser = Environment.GetEnvironmentVariable("COMPLAINTS_CHROMIUM") ?? "/usr/bin/chromium";
    private static readonly string Driver = Environment.GetEnvironmentVariable("COMPLAINTS_CHROMEDRIVER") ?? "/usr/bin/chromedriver";

    private HeadlessChromium(ChromeDriver driver) => Page = driver;

    public ChromeDriver Page { get; }

    public static HeadlessChromium Start(int width = 1200, int height = 2000)
    {
        if (!File.Exists(Browser) || !File.Exists(Driver))
            throw new InvalidOperationException(
                $"No Chromium at {Browser} or no chromedriver at {Driver}: install Debian's chromium and chromium-driver (tests/run.sh does).");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", $"--window-size={width},{height}");
        return new HeadlessChromium(new ChromeDriver(service, options, TimeSpan.FromSeconds(60)));
    }

    /// <summary>Runs a script in the page and returns what it returns (numbers come back as long or double).</summary>
    public object? Run(string script, params object[] arguments) => Page.ExecuteScript(script, arguments);

    /// <summary>Saves what the browser shows, for a person to look at after the run.</summary>
    public string Screenshot(string name)
    {
        var path = Path.Combine(RepoPaths.TestResults, name);
        Directory.CreateDirectory(RepoPaths.TestResults);
        Page.GetScreenshot().SaveAsFile(path);
        return path;
    }

    public void Dispose()
    {
        Page.Quit();
        Page.Dispose();
    }
}
