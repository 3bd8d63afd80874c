namespace Complaints.Plugins;

/// <summary>
/// Sends one of the product's messages from a step (Dataverse's <c>IOrganizationService</c>): any message of
/// <see cref="MessageCatalogue"/>, with its input as an <see cref="Entity"/> whose attributes are the message's. It runs
/// through the whole pipeline — the modules' own checks and every registered step — as the user who sent the step's
/// message, one level deeper (<see cref="IPluginExecutionContext.Depth"/>); a loop of steps starting each other is
/// stopped at the pipeline's depth limit. From a PreOperation or synchronous PostOperation step it joins the message's
/// transaction, so if either fails neither is kept; from a PreValidation step (before the transaction, as in Dataverse)
/// it commits on its own; from an asynchronous step it commits with the step's execution.
/// </summary>
public interface IMessageService
{
    /// <summary>The message's output: the attributes of its result (a bare value, such as a new record's number, as <c>id</c>).</summary>
    Task<Entity> ExecuteAsync(string messageName, Entity input, CancellationToken cancellationToken);
}
