using Complaints.Plugins;

namespace Complaints.Kernel.Pipeline.Plugins;

/// <summary>
/// One step of a drop-in plug-in, registered as Dataverse registers a step: the message and stage it runs in, its
/// order there, which plug-in class of which assembly (file name without <c>.dll</c>), and its configuration.
/// Synchronous only for now.
/// </summary>
public sealed class RegisteredStep
{
    public string Message { get; set; } = "";

    public PluginStage Stage { get; set; } = PluginStage.PreValidation;

    public int Order { get; set; }

    public string Assembly { get; set; } = "";

    public string Type { get; set; } = "";

    public bool Enabled { get; set; } = true;

    /// <summary>Run only when one of these attributes has a value in the target (none: always).</summary>
    public List<string> FilteringAttributes { get; set; } = [];

    public string? UnsecureConfiguration { get; set; }

    public string? SecureConfiguration { get; set; }
}
