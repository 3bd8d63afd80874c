using System.Collections.Concurrent;
using Complaints.Kernel.Pipeline;

namespace Complaints.Kernel.Tests.Pipeline.Ledger;

/// <summary>What each plug-in saw when it ran, in order, so tests can assert on stages, depth and context.</summary>
public sealed class StepJournal
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => [.. _entries];

    public void Record<TCommand, TResult>(string plugin, PluginContext<TCommand, TResult> context) where TCommand : ICommand<TResult> =>
        _entries.Enqueue(new Entry(plugin, context.MessageName, context.Stage, context.Mode, context.Depth,
            context.InitiatingUser.Id, context.CorrelationId, context.Configuration));

    /// <summary>For contract plug-ins, which see the message through its contract.</summary>
    public void Record(string plugin, string message, PipelineStage stage, string actor, string correlationId) =>
        _entries.Enqueue(new Entry(plugin, message, stage, ExecutionMode.Synchronous, 0, actor, correlationId, null));

    public int Count(string plugin) => _entries.Count(e => e.Plugin == plugin);

    public sealed record Entry(string Plugin, string Message, PipelineStage Stage, ExecutionMode Mode, int Depth, string Actor,
        string CorrelationId, string? Configuration);
}
