using Complaints.Kernel.Persistence;
using Complaints.Plugins;

namespace Complaints.Kernel.Pipeline.Plugins.Registration;

/// <summary>
/// One step of a landlord's plug-in, registered as Dataverse registers a step (table <c>kernel_plugin_steps</c>): the
/// message and stage it runs in, synchronous or asynchronous, its order there, the plug-in class of an assembly in the
/// plug-in folder, the attributes that make it run, the images it wants, and its configuration.
/// </summary>
public sealed class StepRegistration : IVersioned
{
    public required Guid Id { get; init; }

    /// <summary>What the landlord calls the step, e.g. "Flag damp and mould on logging".</summary>
    public required string Name { get; set; }

    public required string Message { get; set; }

    public PluginStage Stage { get; set; }

    public PluginMode Mode { get; set; }

    /// <summary>Steps of one message and stage run in this order (Dataverse's execution order), then by registration.</summary>
    public int Order { get; set; }

    /// <summary>The assembly's file name in the plug-in folder, without <c>.dll</c>.</summary>
    public required string Assembly { get; set; }

    /// <summary>The plug-in class's full name.</summary>
    public required string Type { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>Comma-separated: run only when one of these target attributes has a value (empty: always).</summary>
    public string FilteringAttributes { get; set; } = "";

    /// <summary>Null: no pre-image. Empty: the whole record. Otherwise the comma-separated attributes to include.</summary>
    public string? PreImageAttributes { get; set; }

    /// <summary>As <see cref="PreImageAttributes"/>, for the record after the main operation.</summary>
    public string? PostImageAttributes { get; set; }

    public string? UnsecureConfiguration { get; set; }

    /// <summary>Given to the step, never shown back by the registration service (Dataverse's secure configuration).</summary>
    public string? SecureConfiguration { get; set; }

    public required DateTimeOffset RegisteredAt { get; init; }

    public required string RegisteredBy { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public int Version { get; set; }

    public IReadOnlyList<string> FilteringAttributeList => Split(FilteringAttributes) ?? [];

    public IReadOnlyList<string>? PreImageAttributeList => Split(PreImageAttributes);

    public IReadOnlyList<string>? PostImageAttributeList => Split(PostImageAttributes);

    internal static string? Join(IEnumerable<string>? attributes) =>
        attributes is null ? null : string.Join(',', attributes.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct());

    private static IReadOnlyList<string>? Split(string? attributes) =>
        attributes?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
