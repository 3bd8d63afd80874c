using Microsoft.Extensions.Options;

namespace Complaints.Kernel.Pipeline;

/// <summary>
/// The resolved step table: every discovered step with configuration overrides applied, ordered as it will run.
/// </summary>
public sealed class PluginStepRegistry
{
    private readonly ILookup<Type, PluginStep> _byCommand;

    /// <summary>
    /// The table from the modules' own steps, plus each contract step repeated for every message (a command with a
    /// handler) that implements its contract.
    /// </summary>
    public PluginStepRegistry(
        IEnumerable<DiscoveredPluginStep> discovered,
        IEnumerable<DiscoveredContractStep> contractSteps,
        IEnumerable<DiscoveredMessage> messages,
        IOptions<PipelineOptions> options)
    {
        var commandTypes = messages.Select(m => m.CommandType).Distinct().ToList();
        discovered = discovered.Concat(contractSteps.SelectMany(c => commandTypes
                .Where(c.Step.CommandType.IsAssignableFrom)
                .Select(command => new DiscoveredPluginStep(c.Step with { MessageName = MessageNames.Of(command), CommandType = command }))))
            .ToList();
        var overrides = options.Value.Steps;
        var unknown = overrides.Keys.Except(discovered.Select(d => d.Step.Name)).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException(
                $"Pipeline:Steps configures plug-ins that do not exist: {string.Join(", ", unknown)}.");
        Steps = discovered
            .Select(d => Apply(d.Step, overrides.GetValueOrDefault(d.Step.Name)))
            .OrderBy(s => s.MessageName, StringComparer.Ordinal)
            .ThenBy(s => s.Stage)
            .ThenBy(s => s.Mode)
            .ThenBy(s => s.Order)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        _byCommand = Steps.ToLookup(s => s.CommandType);
    }

    /// <summary>Every step, enabled or not, in execution order per message.</summary>
    public IReadOnlyList<PluginStep> Steps { get; }

    /// <summary>The enabled steps of a message for one stage and mode, in execution order.</summary>
    public IEnumerable<PluginStep> For(Type commandType, PipelineStage stage, ExecutionMode mode) =>
        _byCommand[commandType].Where(s => s.Enabled && s.Stage == stage && s.Mode == mode);

    public PluginStep Find(string pluginName) =>
        Steps.FirstOrDefault(s => s.Name == pluginName)
        ?? throw new InvalidOperationException($"No plug-in step named {pluginName} is registered.");

    /// <summary>The table as text, one step a line: what the tests snapshot and the README shows.</summary>
    public string Describe() => string.Join(Environment.NewLine, Steps.Select(s => s.ToString()));

    private static PluginStep Apply(PluginStep step, PipelineOptions.StepOverride? change) =>
        change is null
            ? step
            : step with
            {
                Enabled = change.Enabled ?? step.Enabled,
                Order = change.Order ?? step.Order,
                Configuration = change.Configuration ?? step.Configuration,
            };
}

/// <summary>A step found by scanning a module's assembly, before configuration is applied.</summary>
public sealed record DiscoveredPluginStep(PluginStep Step);

/// <summary>A contract step as found (its <c>CommandType</c> is the contract), before it is repeated per message.</summary>
public sealed record DiscoveredContractStep(PluginStep Step);

/// <summary>A message some module handles: the command type of a registered handler.</summary>
public sealed record DiscoveredMessage(Type CommandType);
