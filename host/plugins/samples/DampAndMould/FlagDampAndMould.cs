using Complaints.Plugins;

namespace Complaints.Samples.DampAndMould;

/// <summary>
/// Notices a complaint that mentions damp or mould: a possible hazard under Awaab's Law, whose clocks must not wait
/// for the complaint's. Registered on LogComplaint at PreValidation, it marks the complaint as a health and safety
/// matter, leaves <c>possible_hazard</c> for later steps, and says why in the trace log (naming the words it found,
/// never the resident).
/// </summary>
public sealed class FlagDampAndMould : IPlugin
{
    private static readonly string[] Words = ["damp", "mould", "mold", "condensation", "black spots"];

    public Task ExecuteAsync(IPluginExecutionContext context, CancellationToken cancellationToken)
    {
        var description = context.Target.GetAttributeValue<string>("description") ?? "";
        var found = Words.Where(w => description.Contains(w, StringComparison.OrdinalIgnoreCase)).ToList();
        context.SharedVariables["possible_hazard"] = found.Count > 0;
        if (found.Count > 0 && context.Stage != PluginStage.PostOperation && context.Target.Contains("health_and_safety"))
            context.Target["health_and_safety"] = true;
        context.Trace.Trace(found.Count > 0 ? "Possible damp and mould hazard: the description mentions {0}" : "No damp or mould mentioned", string.Join(", ", found));
        return Task.CompletedTask;
    }
}
