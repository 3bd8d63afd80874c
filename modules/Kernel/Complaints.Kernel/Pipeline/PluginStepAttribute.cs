namespace Complaints.Kernel.Pipeline;

/// <summary>Registers a plug-in class as a step of its message: the stage, its order within it, sync or async.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class PluginStepAttribute(PipelineStage stage) : Attribute
{
    public PipelineStage Stage { get; } = stage;

    /// <summary>Lower runs first within the stage (Dataverse's execution order).</summary>
    public int Order { get; init; } = 100;

    /// <summary>Asynchronous is allowed for PostOperation only.</summary>
    public ExecutionMode Mode { get; init; } = ExecutionMode.Synchronous;

    /// <summary>A configuration string handed to the plug-in; configuration can override it.</summary>
    public string? Configuration { get; init; }
}
