using System.Text.Json;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline;

namespace Complaints.Kernel.Outbox;

/// <summary>
/// What an async PostOperation step receives after commit: the target, the result and who/why, as JSON in the
/// outbox row. Shared variables do not travel: they live only inside one synchronous execution.
/// </summary>
internal sealed record AsyncStepPayload<TCommand, TResult>(
    TCommand Target, TResult? Result, string ActorId, string[] ActorRoles, string CorrelationId, int Depth, DateTimeOffset StartedAt)
    where TCommand : ICommand<TResult>
{
    public static string Serialize(PluginContext<TCommand, TResult> context) =>
        JsonSerializer.Serialize(new AsyncStepPayload<TCommand, TResult>(
            context.Target, context.Result, context.InitiatingUser.Id, [.. context.InitiatingUser.Roles],
            context.CorrelationId, context.Depth, context.StartedAt), KernelJson.Options);

    public static AsyncStepPayload<TCommand, TResult> Deserialize(string json) =>
        JsonSerializer.Deserialize<AsyncStepPayload<TCommand, TResult>>(json, KernelJson.Options)
        ?? throw new InvalidOperationException("An async step's outbox payload is empty.");

    public ExecutionScope Scope => new(new Actor(ActorId, ActorRoles.ToHashSet()), CorrelationId, Depth);
}
