using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Complaints.Client;
using Complaints.Intake.Api.V1;
using Grpc.Net.Client;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

// dotnet WorkspaceBenchmark.dll <grpc url> <http url> [open complaints=10000]
// Seeds that many open complaints through the API (as the development handler; every second one acknowledged and
// assigned to her), then
// times the work queue page — everyone's, and hers — as served (HTML complete, 20 loads after 3) and as Chromium draws
// it (first contentful paint, 10 loads after 2). The host must run in Development (tests/benchmarks/workspace.sh).
if (args.Length is < 2 or > 3)
{
    Console.Error.WriteLine("usage: WorkspaceBenchmark <grpc url> <http url> [open complaints=10000]");
    return 2;
}
var (grpc, web) = (new Uri(args[0]), new Uri(args[1]));
var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
using var channel = GrpcChannel.ForAddress(grpc);
var api = new ComplaintsApi(channel, ApiCredentials.Development("hana.handler", ["complaint-handler"]));

var seeding = Stopwatch.StartNew();
await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
{
    var complaint = (await api.Intake.LogComplaintAsync(new LogComplaintRequest
    {
        Channel = Channel.Phone, Description = $"Benchmark complaint {i}: the repair was missed", ResidentReference = $"TEN-B-{i % 2000:D5}",
        IdempotencyKey = $"workspace-benchmark-{i}",
    }, cancellationToken: token)).Complaint;
    if (i % 2 != 0)
        return;
    await api.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
    {
        ComplaintId = complaint.Id, ComplaintDefinition = "A missed repair", NamedOfficer = "Hana Handler",
    }, cancellationToken: token);
    await api.Investigation.AssignOfficerAsync(Complaints.Client.Demo.DemoPeople.AssignToHandler(complaint.Id), cancellationToken: token);
});
Console.WriteLine($"seeded {count:N0} open complaints through the API in {seeding.Elapsed.TotalSeconds:F1} s; load average {LoadAverage()}");

var cookies = new CookieContainer();
using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = web };
var signIn = await http.GetStringAsync("/workspace/sign-in");
var token = Regex.Match(signIn, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
var signedIn = await http.PostAsync("/workspace/sign-in", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("PersonId", "hana.handler")]));
if (signedIn.StatusCode != HttpStatusCode.Redirect)
    throw new InvalidOperationException($"signing in: {signedIn.StatusCode}");
foreach (var (name, path) in new[] { ("everyone's queue", "/workspace?Whose=all"), ("her queue", "/workspace") })
{
    var times = new List<double>();
    var bytes = 0;
    for (var i = 0; i < 23; i++)
    {
        var watch = Stopwatch.StartNew();
        var html = await http.GetStringAsync(path);
        if (i >= 3)
            times.Add(watch.Elapsed.TotalMilliseconds);
        bytes = html.Length;
        if (!html.Contains("data-work-queue", StringComparison.Ordinal))
            throw new InvalidOperationException($"{path} did not show the queue");
    }
    Console.WriteLine($"server render, {name}: p50 {Percentile(times, 0.5):F0} ms, max {times.Max():F0} ms ({bytes / 1024:N0} KB of HTML, first page of 50)");
}

var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
service.SuppressInitialDiagnosticInformation = true;
var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000");
using var browser = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
browser.Navigate().GoToUrl(new Uri(web, "/workspace/sign-in"));
browser.FindElement(By.CssSelector("input[name='PersonId'][value='hana.handler']")).Click();
browser.FindElement(By.CssSelector("form button.govuk-button:not(.govuk-button--secondary)")).Click();
foreach (var (name, path) in new[] { ("everyone's queue", "/workspace?Whose=all"), ("her queue", "/workspace") })
{
    var (paints, ready) = (new List<double>(), new List<double>());
    for (var i = 0; i < 12; i++)
    {
        browser.Navigate().GoToUrl(new Uri(web, path));
        // The paint entry can come a moment after load: wait for it (at most a second) before reading.
        var timing = (IReadOnlyDictionary<string, object>?)browser.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            const read = () => ({ paint: performance.getEntriesByType('paint').find(p => p.name === 'first-contentful-paint')?.startTime ?? -1,
                                  ready: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd });
            let tries = 0;
            const poll = () => { const t = read(); if (t.paint >= 0 || ++tries > 20) done(t); else setTimeout(poll, 50); };
            poll();
            """);
        if (i < 2 || timing is null)
            continue;
        paints.Add(Convert.ToDouble(timing["paint"], CultureInfo.InvariantCulture));
        ready.Add(Convert.ToDouble(timing["ready"], CultureInfo.InvariantCulture));
    }
    var painted = paints.Where(p => p >= 0).ToList();
    Console.WriteLine($"Chromium, {name}: DOM ready p50 {Percentile(ready, 0.5):F0} ms, max {ready.Max():F0} ms; first contentful paint "
        + (painted.Count == 0 ? "not reported" : $"p50 {Percentile(painted, 0.5):F0} ms, max {painted.Max():F0} ms ({painted.Count} of {paints.Count} loads reported it)"));
}
return 0;

static double Percentile(List<double> values, double p) => values.Order().ElementAt((int)Math.Floor(p * (values.Count - 1)));

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
