namespace Complaints.Kernel.Pipeline;

/// <summary>
/// What a plug-in knows about the message it runs in (Dataverse's IPluginExecutionContext): the message, its target,
/// images, who initiated it, the correlation id, variables shared between steps, and the nesting depth.
/// </summary>
public sealed class PluginContext<TCommand, TResult> : IContractContext where TCommand : ICommand<TResult>
{
    internal PluginContext(string messageName, TCommand target, ExecutionScope scope, DateTimeOffset startedAt)
    {
        MessageName = messageName;
        Target = target;
        InitiatingUser = scope.Actor;
        CorrelationId = scope.CorrelationId;
        Depth = scope.Depth;
        StartedAt = startedAt;
    }

    public string MessageName { get; }

    /// <summary>The command. PreValidation and PreOperation steps may replace it (records: <c>with { … }</c>).</summary>
    public TCommand Target { get; set; }

    /// <summary>The main operation's output; set from PostOperation on.</summary>
    public TResult? Result { get; internal set; }

    /// <summary>The record as it was before the main operation changed it (set by the handler; none on create).</summary>
    public object? PreImage { get; set; }

    /// <summary>The record as the main operation left it (set by the handler; read in PostOperation).</summary>
    public object? PostImage { get; set; }

    public Actor InitiatingUser { get; }

    /// <summary>Ties together every message, log line and outbox row caused by one request.</summary>
    public string CorrelationId { get; }

    /// <summary>Values an earlier step leaves for a later one in the same message.</summary>
    public IDictionary<string, object?> SharedVariables { get; } = new Dictionary<string, object?>();

    /// <summary>1 for a message from outside; each message a plug-in starts adds one.</summary>
    public int Depth { get; }

    public DateTimeOffset StartedAt { get; }

    public PipelineStage Stage { get; internal set; }

    public ExecutionMode Mode { get; internal set; }

    /// <summary>The running step's configuration string (from its attribute or overridden in configuration).</summary>
    public string? Configuration { get; internal set; }

    object? IContractContext.Result => Result;

    object IContractContext.Target
    {
        get => Target!;
        set => Target = value is TCommand command
            ? command
            : throw new InvalidOperationException($"A contract plug-in in {MessageName} replaced the target with {value?.GetType().Name ?? "null"}; it must stay a {typeof(TCommand).Name}.");
    }

    /// <summary>What landlords' registered steps keep in this message from stage to stage.</summary>
    internal Plugins.RegisteredStepRunner.MessageState? RegisteredSteps { get; set; }

    public T? GetPreImage<T>() where T : class => PreImage as T;

    public T? GetPostImage<T>() where T : class => PostImage as T;
}
