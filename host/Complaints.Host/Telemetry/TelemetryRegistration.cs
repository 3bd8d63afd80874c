using System.Diagnostics;
using Complaints.Kernel.Telemetry;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Complaints.Host.Telemetry;

/// <summary>
/// OpenTelemetry for the server: traces (server requests, gRPC, outgoing HTTP, EF Core and Npgsql, the pipeline's
/// messages and outbox deliveries), metrics (the same libraries plus the business meter, <see cref="ComplaintsMetrics"/>)
/// and logs, exported over OTLP when <c>Telemetry:Otlp:Endpoint</c> is set, and metrics scraped at <c>/metrics</c> when
/// <c>Telemetry:Prometheus:Enabled</c>. With neither, nothing is collected, so nothing costs.
/// </summary>
internal static class TelemetryRegistration
{
    private const string NpgsqlEfProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static WebApplicationBuilder AddComplaintsTelemetry(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.Configure<TelemetryOptions>(builder.Configuration.GetSection(TelemetryOptions.Section));
        var otlp = options.Otlp;
        var traces = otlp.IsConfigured || options.TracesWithoutOtlp;
        var metrics = otlp.IsConfigured || options.Prometheus.Enabled;
        if (!traces && !metrics)
            return builder;

        var telemetry = builder.Services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(
            options.ServiceName, serviceVersion: typeof(TelemetryRegistration).Assembly.GetName().Version?.ToString(), autoGenerateServiceInstanceId: true));
        if (traces)
            telemetry.WithTracing(tracing =>
            {
                tracing.AddSource(ComplaintsActivities.SourceName)
                    .AddAspNetCoreInstrumentation(aspNetCore =>
                    {
                        aspNetCore.Filter = context => !PrometheusScrape.IsScrape(context, options.Prometheus);
                        aspNetCore.EnrichWithHttpResponse = (activity, _) => KeepRouteNotPath(activity);
                    })
                    .AddHttpClientInstrumentation()
                    // Npgsql's own spans are the richer ones on PostgreSQL; EF Core's cover SQLite and SQL Server.
                    .AddEntityFrameworkCoreInstrumentation(ef => ef.Filter = (provider, _) => provider != NpgsqlEfProvider)
                    .AddNpgsql();
                if (otlp.IsConfigured)
                    tracing.AddOtlpExporter(exporter => Configure(exporter, otlp));
            });
        if (metrics)
            telemetry.WithMetrics(meters =>
            {
                // System.Runtime: the runtime's own meter (CPU time, GC, allocated bytes, thread pool).
                meters.AddMeter(ComplaintsMetrics.MeterName, "System.Runtime")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddNpgsqlInstrumentation();
                if (otlp.IsConfigured)
                    meters.AddOtlpExporter(exporter => Configure(exporter, otlp));
                if (options.Prometheus.Enabled)
                    meters.AddPrometheusExporter();
            });
        if (otlp.IsConfigured)
            telemetry.WithLogging(logs => logs.AddOtlpExporter(exporter => Configure(exporter, otlp)), logging =>
            {
                // The correlation id, actor and method ride in scopes; the message itself is already free of residents' data.
                logging.IncludeScopes = true;
                logging.IncludeFormattedMessage = true;
            });
        return builder;
    }

    /// <summary>Serves <c>/metrics</c> when configured (see <see cref="PrometheusScrape"/>).</summary>
    public static WebApplication UseComplaintsMetricsScrape(this WebApplication app)
    {
        var prometheus = app.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>()?.Prometheus ?? new();
        if (prometheus.Enabled)
            app.UseOpenTelemetryPrometheusScrapingEndpoint(context => PrometheusScrape.IsScrape(context, prometheus) && PrometheusScrape.IsAllowed(context, prometheus));
        return app;
    }

    /// <summary>
    /// A request's path can hold what identifies a resident (the subject access export is
    /// <c>/v1/privacy/residents/{resident_reference}:export</c>); its route template says the same about the call and
    /// names no one, so spans keep <c>http.route</c> in <c>url.path</c>'s place.
    /// </summary>
    private static void KeepRouteNotPath(Activity activity) =>
        activity.SetTag("url.path", activity.GetTagItem("http.route") as string);

    private static void Configure(OtlpExporterOptions exporter, TelemetryOptions.OtlpSettings otlp)
    {
        exporter.Endpoint = otlp.Endpoint!;
        exporter.Protocol = otlp.Protocol;
        if (!string.IsNullOrWhiteSpace(otlp.Headers))
            exporter.Headers = otlp.Headers;
    }
}
