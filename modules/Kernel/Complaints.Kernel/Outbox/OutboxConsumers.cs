using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Kernel.Outbox;

/// <summary>Runs the consumer an outbox row names: an async plug-in step, or an event subscriber.</summary>
internal sealed class OutboxConsumers(PluginStepRegistry steps, IEnumerable<EventSubscriber> subscribers)
{
    private static readonly ConcurrentDictionary<Type, IAsyncStepInvoker> StepInvokers = new();

    public Task InvokeAsync(OutboxMessage message, IServiceProvider services, CancellationToken cancellationToken) =>
        message.Kind switch
        {
            OutboxKind.AsyncStep => InvokeStepAsync(steps.Find(message.Consumer), message, services, cancellationToken),
            OutboxKind.Event => InvokeSubscriberAsync(message, services, cancellationToken),
            OutboxKind.RegisteredStep => services.GetRequiredService<Pipeline.Plugins.RegisteredStepRunner>().RunQueuedAsync(message.Payload, services, cancellationToken),
            _ => throw new InvalidOperationException($"Outbox row {message.Id} has unknown kind {message.Kind}."),
        };

    private static Task InvokeStepAsync(PluginStep step, OutboxMessage message, IServiceProvider services, CancellationToken cancellationToken)
    {
        var invoker = StepInvokers.GetOrAdd(step.CommandType, command =>
        {
            var result = command.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>))
                .GetGenericArguments()[0];
            return (IAsyncStepInvoker)Activator.CreateInstance(typeof(AsyncStepInvoker<,>).MakeGenericType(command, result))!;
        });
        return invoker.InvokeAsync(step, message.Payload, services, cancellationToken);
    }

    private Task InvokeSubscriberAsync(OutboxMessage message, IServiceProvider services, CancellationToken cancellationToken)
    {
        var subscriber = subscribers.FirstOrDefault(s => s.Name == message.Consumer && s.EventType.FullName == message.MessageType)
            ?? throw new InvalidOperationException($"No subscriber {message.Consumer} for {message.MessageType} is registered.");
        var @event = JsonSerializer.Deserialize(message.Payload, subscriber.EventType, KernelJson.Options)
            ?? throw new InvalidOperationException($"Outbox row {message.Id} has an empty event.");
        var handler = services.GetRequiredService(subscriber.HandlerType);
        var handle = typeof(IEventHandler<>).MakeGenericType(subscriber.EventType).GetMethod(nameof(IEventHandler<object>.HandleAsync))!;
        return (Task)handle.Invoke(handler, [@event, cancellationToken])!;
    }

    private interface IAsyncStepInvoker
    {
        Task InvokeAsync(PluginStep step, string payload, IServiceProvider services, CancellationToken cancellationToken);
    }

    private sealed class AsyncStepInvoker<TCommand, TResult> : IAsyncStepInvoker where TCommand : ICommand<TResult>
    {
        public Task InvokeAsync(PluginStep step, string payload, IServiceProvider services, CancellationToken cancellationToken)
        {
            var data = AsyncStepPayload<TCommand, TResult>.Deserialize(payload);
            var scope = data.Scope;
            var context = new PluginContext<TCommand, TResult>(step.MessageName, data.Target, scope, data.StartedAt)
            {
                Result = data.Result,
                Stage = PipelineStage.PostOperation,
                Mode = ExecutionMode.Asynchronous,
                Configuration = step.Configuration,
            };
            var plugin = (IPlugin<TCommand, TResult>)services.GetRequiredService(step.PluginType);
            var metrics = services.GetRequiredService<ComplaintsMetrics>();
            return scope.RunAsync(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                var failed = true;
                try
                {
                    await plugin.ExecuteAsync(context, cancellationToken);
                    failed = false;
                }
                finally
                {
                    metrics.StepRan(step.MessageName, step.Stage, step.Mode, step.Name, Stopwatch.GetElapsedTime(started), failed);
                }
                return true;
            });
        }
    }
}
