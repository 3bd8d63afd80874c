using System.Collections.ObjectModel;
using System.Diagnostics;
using Complaints.AccessApi.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Complaints.EndToEnd.Tests.Telemetry;

/// <summary>
/// Traces as the host registers them, caught by OpenTelemetry's in-memory exporter: one trace per call from the server
/// span through the pipeline's message span to the database, tagged with the call's correlation id, and no span
/// carrying a resident's reference from a request's path.
/// </summary>
[Collection(ProcessWideTelemetry.Name)]
public sealed class TraceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogComplaint_IsOneTraceFromServerSpanThroughPipelineToDatabase(string provider)
    {
        var spans = new Spans();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await StartTracedAsync(database, spans);

        await host.Intake.LogComplaintAsync(IntakeMethods.ValidRequest(), new Metadata { { "x-correlation-id", "corr-trace-1" } }).ResponseAsync;
        var server = await SpanAsync(spans, s => s.Kind == ActivityKind.Server && Equals(s.GetTagItem("complaints.correlation_id"), "corr-trace-1"));
        var trace = spans.Snapshot().Where(s => s.TraceId == server.TraceId).ToList();

        var message = Assert.Single(trace, s => s.Source.Name == "Complaints" && s.DisplayName == "LogComplaint");
        Assert.Equal(server.SpanId, message.ParentSpanId);
        Assert.Equal("corr-trace-1", message.GetTagItem("complaints.correlation_id"));
        Assert.Equal("/complaints.intake.v1.IntakeService/LogComplaint", server.GetTagItem("http.route"));
        Assert.Contains(trace, s => s.Kind == ActivityKind.Client && (s.GetTagItem("db.system.name") ?? s.GetTagItem("db.system")) is not null);
    }

    [Fact]
    public async Task Spans_OfAJsonCallWithAResidentsReferenceInItsPath_KeepTheRouteNotTheReference()
    {
        var spans = new Spans();
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var host = await StartTracedAsync(database, spans);
        var logged = IntakeMethods.ValidRequest();
        logged.ResidentReference = "TEN-NUMBAT-5150";
        await host.Intake.LogComplaintAsync(logged).ResponseAsync;

        using (var http = host.Http())
            (await http.GetAsync("/v1/privacy/residents/TEN-NUMBAT-5150:export")).EnsureSuccessStatusCode();
        var export = await SpanAsync(spans, s => s.Kind == ActivityKind.Server && s.GetTagItem("http.route") is string route && route.Contains("privacy", StringComparison.Ordinal));

        Assert.Equal("/v1/privacy/residents/{resident_reference}:export", export.GetTagItem("url.path"));
        // The outgoing-HTTP spans here are the test's own client's (it runs in the server's process); the server
        // called out to no one.
        Assert.Empty(from span in spans.Snapshot()
                     where span.Source.Name != "System.Net.Http"
                     from tag in span.TagObjects
                     where $"{span.DisplayName} {tag.Value}".Contains("TEN-NUMBAT", StringComparison.Ordinal)
                     select $"{span.Source.Name} {span.DisplayName} {tag.Key}={tag.Value}");
    }

    private static Task<RunningHost> StartTracedAsync(TestDatabase database, Spans spans) =>
        RunningHost.StartWithAsync(
            builder => builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)),
            $"--Database:Provider={database.Provider}", $"--Database:ConnectionString={database.ConnectionString}", "--Telemetry:TracesWithoutOtlp=true");

    // A server span is exported when the response has gone, a moment after the client has it.
    private static async Task<Activity> SpanAsync(Spans spans, Func<Activity, bool> match)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            if (spans.Snapshot().FirstOrDefault(match) is { } span)
                return span;
        }
        throw new Xunit.Sdk.XunitException($"No such span among: {string.Join(", ", spans.Snapshot().Select(s => $"{s.Source.Name}:{s.DisplayName}"))}");
    }

    /// <summary>What the exporter hands over, from the server's threads, read by the test as it goes.</summary>
    private sealed class Spans : Collection<Activity>
    {
        private readonly Lock _lock = new();

        public IReadOnlyList<Activity> Snapshot()
        {
            lock (_lock)
                return [.. this];
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (_lock)
                base.InsertItem(index, item);
        }
    }
}
