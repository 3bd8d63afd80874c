using System.Diagnostics;
using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline.Plugins.DropIn;
using Complaints.Kernel.Pipeline.Plugins.Tracing;
using Complaints.Kernel.Telemetry;
using Complaints.Plugins;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Complaints.Kernel.Pipeline.Plugins;

/// <summary>
/// Runs one execution of a registered step, synchronous or queued: the plug-in made afresh from the folder, stopped at
/// the time limit, timed in the step-duration histogram and written to the trace log however it ends. A refusal
/// (<see cref="InvalidPluginExecutionException"/>) or a time-out becomes FAILED_PRECONDITION with the step's message.
/// </summary>
public sealed class StepExecution(
    PluginFolder folder, PluginTraceLog traces, IOptionsMonitor<PluginFolderOptions> options, ComplaintsMetrics metrics, ILogger<StepExecution> logger)
{
    // folderLooked: the caller has just brought the plug-in folder up to date (a message looks once, not per step).
    internal async Task RunAsync(StepContext context, bool folderLooked, CancellationToken cancellationToken)
    {
        var step = context.Step;
        var limit = options.CurrentValue.StepTimeLimit;
        var startedAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        var (outcome, error) = (PluginTraceOutcome.Failed, (string?)null);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(limit);
        try
        {
            // WaitAsync too: a step that ignores its token is left behind at the limit, not waited for.
            await folder.Create(step.Assembly, step.Type, lookFirst: !folderLooked).ExecuteAsync(context, stop.Token).WaitAsync(stop.Token);
            outcome = PluginTraceOutcome.Succeeded;
        }
        catch (InvalidPluginExecutionException refusal)
        {
            (outcome, error) = (PluginTraceOutcome.Refused, refusal.Message);
            throw new RuleViolationException(refusal.Message, "PLUGIN_REFUSED", Metadata(context));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            (outcome, error) = (PluginTraceOutcome.TimedOut, $"stopped after its time limit of {limit.TotalSeconds:0.#} s");
            logger.LogWarning("Plug-in step {Step} on {Message} stopped after its time limit of {Limit}", step.Name, context.MessageName, limit);
            throw new RuleViolationException($"The landlord's step {step.Name} did not finish within {limit.TotalSeconds:0.#} s, so {context.MessageName} was not done.",
                "PLUGIN_TIMED_OUT", Metadata(context));
        }
        catch (Exception e)
        {
            error = $"{e.GetType().Name}: {e.Message}";
            throw;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            metrics.StepRan(context.MessageName, (PipelineStage)(int)step.Stage,
                step.Mode == PluginMode.Asynchronous ? ExecutionMode.Asynchronous : ExecutionMode.Synchronous, step.Name, elapsed,
                outcome != PluginTraceOutcome.Succeeded);
            traces.Record(new PluginTrace
            {
                Id = Guid.CreateVersion7(startedAt), StepId = step.Id, StepName = step.Name, Message = context.MessageName, Stage = step.Stage,
                Mode = step.Mode, CorrelationId = context.CorrelationId, Depth = context.Depth, StartedAt = startedAt,
                DurationMicroseconds = (long)elapsed.TotalMicroseconds, Outcome = outcome, Error = error, Lines = context.Lines,
            });
        }
    }

    private static Dictionary<string, string> Metadata(StepContext context) =>
        new() { ["step"] = context.Step.Name, ["step_id"] = context.Step.Id.ToString(), ["message"] = context.MessageName };
}
