using Complaints.Plugins;

namespace Complaints.Kernel.Pipeline.Plugins.Tracing;

/// <summary>
/// One execution of a registered step (table <c>kernel_plugin_traces</c>), as Dataverse's plug-in trace log keeps it:
/// which step, in which message, how long it took, how it ended, and the lines the step traced. Kept whether the
/// message committed or not: a refusal's trace is what a landlord's developer most needs.
/// </summary>
public sealed class PluginTrace
{
    /// <summary>Version 7: ordered by when the execution started.</summary>
    public required Guid Id { get; init; }

    public required Guid StepId { get; init; }

    public required string StepName { get; init; }

    public required string Message { get; init; }

    public required PluginStage Stage { get; init; }

    public required PluginMode Mode { get; init; }

    public required string CorrelationId { get; init; }

    public required int Depth { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required long DurationMicroseconds { get; init; }

    public required PluginTraceOutcome Outcome { get; init; }

    /// <summary>The refusal's or failure's message.</summary>
    public string? Error { get; init; }

    /// <summary>The step's trace lines, one per line.</summary>
    public required string Lines { get; init; }
}

public enum PluginTraceOutcome
{
    Succeeded,

    /// <summary>The step refused the message (<see cref="InvalidPluginExecutionException"/>).</summary>
    Refused,

    TimedOut,

    /// <summary>The step threw something other than a refusal.</summary>
    Failed,
}
