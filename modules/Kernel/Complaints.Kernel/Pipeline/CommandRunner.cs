using Complaints.Kernel.Outbox;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Kernel.Pipeline;

internal abstract class CommandRunner<TResult>
{
    public abstract Task<TResult> RunAsync(ICommand<TResult> command, IServiceProvider services, ExecutionScope scope, CancellationToken cancellationToken);
}

/// <summary>The stages of one message type, in Dataverse's order, with idempotent replay for creates.</summary>
internal sealed class CommandRunner<TCommand, TResult> : CommandRunner<TResult> where TCommand : ICommand<TResult>
{
    private static readonly string MessageName = MessageNames.Of(typeof(TCommand));

    public override async Task<TResult> RunAsync(ICommand<TResult> command, IServiceProvider services, ExecutionScope scope, CancellationToken cancellationToken)
    {
        using var activity = ComplaintsActivities.Source.StartActivity(MessageName);
        activity?.SetTag(ComplaintsActivities.CorrelationIdTag, scope.CorrelationId);
        activity?.SetTag("complaints.depth", scope.Depth);
        try
        {
            return await RunStagesAsync(command, services, scope, cancellationToken);
        }
        catch (Exception e)
        {
            // The kind of failure only: a message's text may quote what the caller sent.
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
    }

    private static async Task<TResult> RunStagesAsync(ICommand<TResult> command, IServiceProvider services, ExecutionScope scope, CancellationToken cancellationToken)
    {
        var steps = services.GetRequiredService<PluginStepRegistry>();
        var clock = services.GetRequiredService<TimeProvider>();
        var context = new PluginContext<TCommand, TResult>(MessageName, (TCommand)command, scope, clock.GetUtcNow());
        var idempotencyKey = (command as IIdempotentCommand)?.IdempotencyKey;
        var requestHash = idempotencyKey is null ? null : IdempotencyStore.Hash(command);
        // Resolved only when needed: it brings a DbContext, the most expensive thing a message can create.
        var idempotency = idempotencyKey is null ? null : services.GetRequiredService<IdempotencyStore>();
        if (idempotency is not null)
        {
            var (found, replay) = await idempotency.FindAsync<TResult>(MessageName, idempotencyKey!, requestHash!, cancellationToken);
            if (found)
                return replay!;
        }

        await RunStepsAsync(steps, PipelineStage.PreValidation, context, services, cancellationToken);
        try
        {
            return await services.GetRequiredService<UnitOfWork>().ExecuteAsync(async () =>
            {
                await RunStepsAsync(steps, PipelineStage.PreOperation, context, services, cancellationToken);
                context.Stage = PipelineStage.MainOperation;
                var handler = services.GetService<ICommandHandler<TCommand, TResult>>()
                    ?? throw new InvalidOperationException($"{MessageName} has no handler (ICommandHandler) registered.");
                context.Result = await TimedAsync(services, PipelineStage.MainOperation, ExecutionMode.Synchronous, handler.GetType().Name,
                    () => handler.HandleAsync(context, cancellationToken));
                await RunStepsAsync(steps, PipelineStage.PostOperation, context, services, cancellationToken);
                QueueAsyncSteps(steps, context, services);
                idempotency?.Record(MessageName, idempotencyKey!, requestHash!, context.Result);
                return context.Result;
            }, cancellationToken);
        }
        catch (DbUpdateException) when (idempotency is not null)
        {
            // Two calls with one key raced; the loser's insert failed. The winner's result is the answer.
            var (found, replay) = await idempotency.FindAsync<TResult>(MessageName, idempotencyKey!, requestHash!, cancellationToken);
            if (found)
                return replay!;
            throw;
        }
    }

    private static async Task RunStepsAsync(
        PluginStepRegistry steps, PipelineStage stage, PluginContext<TCommand, TResult> context, IServiceProvider services, CancellationToken cancellationToken)
    {
        context.Stage = stage;
        context.Mode = ExecutionMode.Synchronous;
        foreach (var step in steps.For(typeof(TCommand), stage, ExecutionMode.Synchronous))
        {
            context.Configuration = step.Configuration;
            var plugin = services.GetRequiredService(step.PluginType);
            await TimedAsync(services, stage, ExecutionMode.Synchronous, step.Name, async () =>
            {
                if (plugin is IPlugin<TCommand, TResult> typed)
                    await typed.ExecuteAsync(context, cancellationToken);
                else
                    await ((IContractPlugin)plugin).ExecuteAsync(context, cancellationToken);
                return true;
            });
        }
        context.Configuration = null;
        // Then the landlord's drop-in steps registered on this message and stage.
        await services.GetRequiredService<Plugins.RegisteredStepRunner>().RunAsync(context, services, cancellationToken);
        context.Stage = stage;
    }

    /// <summary>Runs one step and records how long it took (failures too, tagged) in the step-duration histogram.</summary>
    private static async Task<T> TimedAsync<T>(IServiceProvider services, PipelineStage stage, ExecutionMode mode, string step, Func<Task<T>> work)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var failed = true;
        try
        {
            var result = await work();
            failed = false;
            return result;
        }
        finally
        {
            services.GetRequiredService<ComplaintsMetrics>().StepRan(
                MessageName, stage, mode, step, System.Diagnostics.Stopwatch.GetElapsedTime(started), failed);
        }
    }

    private static void QueueAsyncSteps(PluginStepRegistry steps, PluginContext<TCommand, TResult> context, IServiceProvider services)
    {
        var asyncSteps = steps.For(typeof(TCommand), PipelineStage.PostOperation, ExecutionMode.Asynchronous).ToList();
        if (asyncSteps.Count == 0)
            return;
        var payload = AsyncStepPayload<TCommand, TResult>.Serialize(context);
        var outbox = services.GetRequiredService<OutboxWriter>();
        foreach (var step in asyncSteps)
            outbox.AddAsyncStep(step, payload, context.CorrelationId);
    }
}
