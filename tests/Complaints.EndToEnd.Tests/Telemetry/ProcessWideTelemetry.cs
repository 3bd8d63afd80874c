namespace Complaints.EndToEnd.Tests.Telemetry;

/// <summary>
/// OpenTelemetry listens to meters and activity sources by name across the whole process, so a host's /metrics or
/// in-memory exporter also sees every other host running in the test process. Tests that count what a host recorded
/// run in this collection, alone, once the parallel ones are done.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideTelemetry
{
    public const string Name = "Process-wide telemetry";
}
