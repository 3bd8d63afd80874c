namespace Complaints.Kernel.Pipeline;

/// <summary>
/// A plug-in step of one message. Stateless: everything it needs arrives in the context. Throwing a
/// <see cref="Errors.ComplaintsException"/> rejects the message; in a synchronous step it rolls everything back.
/// </summary>
public interface IPlugin<TCommand, TResult> where TCommand : ICommand<TResult>
{
    Task ExecuteAsync(PluginContext<TCommand, TResult> context, CancellationToken cancellationToken);
}

/// <summary>The main operation of a message: the module's own handler, exactly one per message.</summary>
public interface ICommandHandler<TCommand, TResult> where TCommand : ICommand<TResult>
{
    Task<TResult> HandleAsync(PluginContext<TCommand, TResult> context, CancellationToken cancellationToken);
}
