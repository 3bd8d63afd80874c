namespace Complaints.Plugins;

/// <summary>
/// A landlord's plug-in step (Dataverse's <c>IPlugin</c>). Stateless: one instance may run many messages at once, and
/// everything a run needs arrives in its context. Throw <see cref="InvalidPluginExecutionException"/> to refuse the
/// message with a message of your own: in a synchronous step the whole message rolls back.
/// </summary>
public interface IPlugin
{
    Task ExecuteAsync(IPluginExecutionContext context, CancellationToken cancellationToken);
}
