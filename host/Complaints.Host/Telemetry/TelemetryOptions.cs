namespace Complaints.Host.Telemetry;

/// <summary>Configuration section <c>Telemetry</c>: where traces, metrics and logs go. Nothing leaves unless asked.</summary>
internal sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>The <c>service.name</c> every signal carries.</summary>
    public string ServiceName { get; set; } = "complaints";

    public OtlpSettings Otlp { get; set; } = new();

    public PrometheusSettings Prometheus { get; set; } = new();

    /// <summary>Record traces even without OTLP, for an exporter added in code (the tests' in-memory one).</summary>
    public bool TracesWithoutOtlp { get; set; }

    internal sealed class OtlpSettings
    {
        /// <summary>The collector, e.g. <c>http://otel-collector:4317</c>; none: no OTLP export.</summary>
        public Uri? Endpoint { get; set; }

        /// <summary><c>Grpc</c> (port 4317) or <c>HttpProtobuf</c> (port 4318).</summary>
        public OpenTelemetry.Exporter.OtlpExportProtocol Protocol { get; set; } = OpenTelemetry.Exporter.OtlpExportProtocol.Grpc;

        /// <summary>Extra headers for the collector (<c>key=value,key2=value2</c>), e.g. an API key.</summary>
        public string? Headers { get; set; }

        public bool IsConfigured => Endpoint is not null;
    }

    internal sealed class PrometheusSettings
    {
        /// <summary>Serve the scrape endpoint on the HTTP/1.1 endpoint.</summary>
        public bool Enabled { get; set; }

        public string Path { get; set; } = "/metrics";

        /// <summary>Answer only callers on this machine (a scraper beside the server, or a sidecar).</summary>
        public bool LoopbackOnly { get; set; } = true;
    }
}
