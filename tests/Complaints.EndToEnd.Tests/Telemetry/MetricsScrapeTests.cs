using System.Net;
using System.Text.RegularExpressions;
using Complaints.EndToEnd.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;

namespace Complaints.EndToEnd.Tests.Telemetry;

/// <summary>
/// The Prometheus scrape endpoint: off unless configured; when on, served on the HTTP/1.1 endpoint with the business
/// meter's instruments beside the server's own request metrics.
/// </summary>
[Collection(ProcessWideTelemetry.Name)]
public sealed partial class MetricsScrapeTests
{
    private static readonly string[] Scraped = ["--Telemetry:Prometheus:Enabled=true", "--Telemetry:OverdueCount:Interval=00:00:01"];

    [Fact]
    public async Task Metrics_WhenEnabled_CountComplaintsLoggedOnceAndShowServerRequestsStepsAndOverdueByStage()
    {
        await using var host = await RunningHost.StartAsync(Scraped);
        var request = IntakeMethods.ValidRequest();
        request.IdempotencyKey = "metrics-once";
        // Received five weeks ago: the acknowledgement clock has run out, so the overdue count finds it.
        request.ReceivedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-35));

        await host.Intake.LogComplaintAsync(request).ResponseAsync;
        await host.Intake.LogComplaintAsync(request).ResponseAsync; // the replay is the same complaint, not another
        var metrics = await ScrapeUntilAsync(host, text => Sample(text, "complaints_overdue", "complaints_stage=\"Received\"") == 1);

        Assert.Equal(1, Sample(metrics, "complaints_logged_total", "complaints_channel=\"Phone\""));
        Assert.Equal(2, Sample(metrics, "http_server_request_duration_seconds_count", "http_route=\"/complaints.intake.v1.IntakeService/LogComplaint\""));
        Assert.Equal(1, Sample(metrics, "complaints_plugin_step_duration_seconds_count", "complaints_step=\"ValidateLogComplaintPlugin\""));
        Assert.Equal(1, Sample(metrics, "complaints_plugin_step_duration_seconds_count", "complaints_step=\"LogComplaintHandler\""));
        Assert.Equal(0, Sample(metrics, "complaints_overdue", "complaints_stage=\"Stage1Investigating\""));
        Assert.NotNull(Sample(metrics, "complaints_outbox_lag_seconds", ""));
    }

    [Fact]
    public async Task Metrics_ByDefault_AreNotServed()
    {
        await using var host = await RunningHost.StartAsync();
        using var http = host.Http();

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Metrics_OnTheGrpcEndpoint_AreNotServed()
    {
        await using var host = await RunningHost.StartAsync(Scraped);
        using var grpcEndpoint = new HttpClient(new SocketsHttpHandler())
        {
            BaseAddress = host.Address, DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        Assert.Equal(HttpStatusCode.NotFound, (await grpcEndpoint.GetAsync("/metrics")).StatusCode);
    }

    private static async Task<string> ScrapeUntilAsync(RunningHost host, Func<string, bool> done)
    {
        using var http = host.Http();
        var text = "";
        for (var deadline = DateTime.UtcNow.AddSeconds(20); DateTime.UtcNow < deadline; await Task.Delay(250))
        {
            var response = await http.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            text = await response.Content.ReadAsStringAsync();
            if (done(text))
                return text;
        }
        Assert.Fail($"The scrape never showed what was awaited:\n{text}");
        return text;
    }

    /// <summary>The value of the first sample of <paramref name="name"/> whose labels include <paramref name="label"/>; null if none.</summary>
    private static double? Sample(string metrics, string name, string label) =>
        SampleLine().Matches(metrics)
            .Where(m => m.Groups["name"].Value == name && m.Groups["labels"].Value.Contains(label, StringComparison.Ordinal))
            .Select(m => (double?)double.Parse(m.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})? (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex SampleLine();
}
