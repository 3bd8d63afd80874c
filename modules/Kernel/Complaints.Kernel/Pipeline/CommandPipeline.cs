using System.Collections.Concurrent;
using Complaints.Kernel.Errors;
using Microsoft.Extensions.Options;

namespace Complaints.Kernel.Pipeline;

/// <summary>Finds the runner for a command's type and runs it one level deeper than the message that started it.</summary>
internal sealed class CommandPipeline(IServiceProvider services, CallerContext caller, IOptions<PipelineOptions> options) : ICommandPipeline
{
    private static readonly ConcurrentDictionary<Type, object> Runners = new();

    public Task<TResult> ExecuteAsync<TResult>(ICommand<TResult> command, CancellationToken cancellationToken = default)
    {
        var outer = ExecutionScope.Current;
        var scope = outer is null
            ? new ExecutionScope(caller.Actor, caller.CorrelationId, Depth: 1)
            : outer with { Depth = outer.Depth + 1 };
        if (scope.Depth > options.Value.MaxDepth)
            throw new RuleViolationException(
                $"{MessageNames.Of(command.GetType())} would run {scope.Depth} messages deep (limit {options.Value.MaxDepth}): " +
                "plug-ins are starting each other in a loop.");
        var runner = (CommandRunner<TResult>)Runners.GetOrAdd(command.GetType(), type =>
            Activator.CreateInstance(typeof(CommandRunner<,>).MakeGenericType(type, typeof(TResult)))!);
        return scope.RunAsync(() => runner.RunAsync(command, services, scope, cancellationToken));
    }
}
