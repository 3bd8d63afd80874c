namespace Complaints.Kernel.Pipeline.Plugins.Tracing;

/// <summary>Which trace lines to list, newest first; every filter is optional.</summary>
public sealed record PluginTraceQuery(
    Guid? StepId = null, string? Message = null, string? CorrelationId = null, PluginTraceOutcome? Outcome = null, int Limit = 100);
