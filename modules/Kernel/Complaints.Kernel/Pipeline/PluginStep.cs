namespace Complaints.Kernel.Pipeline;

/// <summary>One registered step: which message, stage, order and mode, which plug-in class, its configuration.</summary>
public sealed record PluginStep(
    string MessageName,
    Type CommandType,
    PipelineStage Stage,
    int Order,
    ExecutionMode Mode,
    Type PluginType,
    string? Configuration,
    bool Enabled)
{
    /// <summary>The key configuration uses to switch or reorder this step: the plug-in's class name.</summary>
    public string Name => PluginType.Name;

    public override string ToString() =>
        $"{MessageName,-24} {(int)Stage} {Stage,-14} {Order,4} {Mode,-12} {Name}{(Enabled ? "" : " (disabled)")}" +
        (Configuration is null ? "" : $" [{Configuration}]");
}
