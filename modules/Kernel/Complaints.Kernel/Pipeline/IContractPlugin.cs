namespace Complaints.Kernel.Pipeline;

/// <summary>
/// A plug-in step registered on a <em>contract</em> rather than one message: it runs in every message whose command
/// implements <c>TContract</c>, whichever module owns it (Dataverse registers a step on a message and entity; here
/// another module's internal commands are reached through a public interface they implement). Synchronous only.
/// Derive from <see cref="ContractPlugin{TContract}"/>.
/// </summary>
public interface IContractPlugin
{
    /// <summary>The interface a command must implement for this step to run in its message.</summary>
    Type ContractType { get; }

    Task ExecuteAsync(IContractContext context, CancellationToken cancellationToken);
}

/// <summary>What a contract plug-in sees of the message it runs in: the target as its contract, and who sent it.</summary>
public interface IContractContext
{
    string MessageName { get; }

    /// <summary>The command; a PreValidation or PreOperation step may replace it with another of the same command type.</summary>
    object Target { get; set; }

    Actor InitiatingUser { get; }

    string CorrelationId { get; }

    IDictionary<string, object?> SharedVariables { get; }

    PipelineStage Stage { get; }

    string? Configuration { get; }

    /// <summary>When the message started: "now" for the step.</summary>
    DateTimeOffset StartedAt { get; }

    /// <summary>The main operation's output, from PostOperation on (null before): a step reads it through a contract the result implements.</summary>
    object? Result { get; }
}

/// <summary>Base of a contract plug-in: the target typed as the contract.</summary>
public abstract class ContractPlugin<TContract> : IContractPlugin where TContract : class
{
    public Type ContractType => typeof(TContract);

    public Task ExecuteAsync(IContractContext context, CancellationToken cancellationToken) =>
        ExecuteAsync(new ContractPluginContext<TContract>(context), cancellationToken);

    protected abstract Task ExecuteAsync(ContractPluginContext<TContract> context, CancellationToken cancellationToken);
}

/// <summary>The message's context with its target seen through <typeparamref name="TContract"/>.</summary>
public sealed class ContractPluginContext<TContract>(IContractContext inner) where TContract : class
{
    public string MessageName => inner.MessageName;

    /// <summary>Setting it hands back a changed command (e.g. <c>WithRouting(…)</c> returning a copy); it must stay the message's own type.</summary>
    public TContract Target
    {
        get => (TContract)inner.Target;
        set => inner.Target = value;
    }

    public Actor InitiatingUser => inner.InitiatingUser;

    public string CorrelationId => inner.CorrelationId;

    public IDictionary<string, object?> SharedVariables => inner.SharedVariables;

    public PipelineStage Stage => inner.Stage;

    public string? Configuration => inner.Configuration;

    public DateTimeOffset StartedAt => inner.StartedAt;

    /// <summary>The main operation's output, from PostOperation on; null before.</summary>
    public object? Result => inner.Result;
}
