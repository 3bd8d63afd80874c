using System.Diagnostics;

namespace Complaints.Kernel.Telemetry;

/// <summary>
/// The product's own spans: one per pipeline message and one per outbox delivery, between the server's request span
/// and the database's. Like the metrics, they carry names and ids (correlation id, outbox row), never residents' data.
/// </summary>
public static class ComplaintsActivities
{
    public const string SourceName = "Complaints";

    public static readonly ActivitySource Source = new(SourceName);

    public const string CorrelationIdTag = "complaints.correlation_id";
}
