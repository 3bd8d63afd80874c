namespace Complaints.Kernel.Pipeline;

/// <summary>Configuration section <c>Pipeline</c>: the depth limit and per-step overrides.</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>Messages started by plug-ins nest at most this deep (Dataverse stops loops at 8).</summary>
    public int MaxDepth { get; set; } = 8;

    /// <summary>Overrides by plug-in class name: switch off, reorder, or reconfigure a step without a release.</summary>
    public Dictionary<string, StepOverride> Steps { get; set; } = [];

    public sealed class StepOverride
    {
        public bool? Enabled { get; set; }

        public int? Order { get; set; }

        public string? Configuration { get; set; }
    }
}
