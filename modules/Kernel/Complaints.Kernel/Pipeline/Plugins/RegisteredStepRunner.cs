using System.Text.Json;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline.Plugins.DropIn;
using Complaints.Plugins;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Complaints.Kernel.Pipeline.Plugins;

/// <summary>
/// Runs the registered steps of drop-in plug-ins in a message, after the modules' own steps of each stage: the target
/// as an <see cref="Entity"/>, a step's changes applied to the command after a Pre stage, a refusal
/// (<see cref="InvalidPluginExecutionException"/>) sent to the caller as FAILED_PRECONDITION with the step's message,
/// and a step over its time limit stopped and the message refused. A synchronous step's failure rolls the message back.
/// </summary>
public sealed class RegisteredStepRunner(IOptionsMonitor<PluginFolderOptions> options, PluginFolder folder, ILogger<RegisteredStepRunner> logger)
{
    internal async Task RunAsync<TCommand, TResult>(PluginContext<TCommand, TResult> context, CancellationToken cancellationToken)
        where TCommand : ICommand<TResult>
    {
        var settings = options.CurrentValue;
        if (settings.Steps.Count == 0)
            return;
        var stage = (PluginStage)(int)context.Stage;
        var steps = settings.Steps.Where(s => s.Enabled && s.Message == context.MessageName && s.Stage == stage).OrderBy(s => s.Order).ToList();
        if (steps.Count == 0)
            return;
        var target = CommandEntities.ToEntity(context.Target!, JsonNamingPolicy.SnakeCaseLower.ConvertName(context.MessageName));
        var output = context.Result is { } result && stage == PluginStage.PostOperation
            ? CommandEntities.ToEntity(result, JsonNamingPolicy.SnakeCaseLower.ConvertName(result.GetType().Name)) : null;
        foreach (var step in steps.Where(s => s.FilteringAttributes.Count == 0 || s.FilteringAttributes.Any(a => target[a] is not null)))
            await RunStepAsync(step, new StepContext(context, context.Depth, stage, target, output, step), settings.StepTimeLimit, cancellationToken);
        if (stage is PluginStage.PreValidation or PluginStage.PreOperation)
            context.Target = CommandEntities.Apply(context.Target!, target, context.MessageName);
    }

    private async Task RunStepAsync(RegisteredStep step, StepContext context, TimeSpan limit, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(limit);
        try
        {
            await folder.Create(step.Assembly, step.Type).ExecuteAsync(context, stop.Token).WaitAsync(stop.Token);
        }
        catch (InvalidPluginExecutionException refusal)
        {
            throw new RuleViolationException(refusal.Message, "PLUGIN_REFUSED",
                new Dictionary<string, string> { ["step"] = step.Type, ["message"] = context.MessageName });
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Plug-in step {Step} on {Message} stopped after its time limit of {Limit}", step.Type, context.MessageName, limit);
            throw new RuleViolationException($"The landlord's step {step.Type} did not finish within {limit.TotalSeconds:0.#} s, so {context.MessageName} was not done.",
                "PLUGIN_TIMED_OUT", new Dictionary<string, string> { ["step"] = step.Type, ["message"] = context.MessageName });
        }
    }

    /// <summary>The SDK's view of one step's run in a message.</summary>
    private sealed class StepContext(IContractContext message, int depth, PluginStage stage, Entity target, Entity? output, RegisteredStep step)
        : IPluginExecutionContext, ITracingService
    {
        public string MessageName => message.MessageName;
        public PluginStage Stage => stage;
        public PluginMode Mode => PluginMode.Synchronous;
        public Entity Target => target;
        public Entity? PreImage => null;
        public Entity? PostImage => null;
        public Entity? Output => output;
        public string InitiatingUserId => message.InitiatingUser.Id;
        public string CorrelationId => message.CorrelationId;
        public int Depth => depth;
        public DateTimeOffset StartedAt => message.StartedAt;
        public IDictionary<string, object?> SharedVariables => message.SharedVariables;
        public string? UnsecureConfiguration => step.UnsecureConfiguration;
        public string? SecureConfiguration => step.SecureConfiguration;
        public ITracingService Trace => this;

        // The trace log table comes with step registration in the database; until then the lines are not kept.
        void ITracingService.Trace(string format, params object?[] args) { }
    }
}
