using Complaints.Plugins;

namespace Complaints.Kernel.Pipeline.Plugins.Registration;

/// <summary>
/// What an administrator says about a step when registering or updating it. Images: null for none, an empty list for
/// the whole record. A null secure configuration on update keeps the one registered (it is never shown back).
/// </summary>
public sealed record StepDefinition(
    string Name,
    string Message,
    PluginStage Stage,
    PluginMode Mode,
    int Order,
    string Assembly,
    string Type,
    IReadOnlyList<string> FilteringAttributes,
    IReadOnlyList<string>? PreImageAttributes,
    IReadOnlyList<string>? PostImageAttributes,
    string? UnsecureConfiguration,
    string? SecureConfiguration);
