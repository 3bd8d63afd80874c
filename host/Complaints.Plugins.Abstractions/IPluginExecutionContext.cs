namespace Complaints.Plugins;

/// <summary>
/// What a step knows about the message it runs in (Dataverse's <c>IPluginExecutionContext</c>). The message's input is
/// <see cref="Target"/>: an <see cref="Entity"/> whose attributes are the message's fields, named as the API names them
/// (snake_case, e.g. <c>resident_reference</c>); <see cref="MessageCatalogue"/> lists every message and attribute.
/// </summary>
public interface IPluginExecutionContext
{
    /// <summary>The message, e.g. <c>LogComplaint</c>, <c>AcknowledgeComplaint</c>, <c>ProposeAward</c>.</summary>
    string MessageName { get; }

    PluginStage Stage { get; }

    PluginMode Mode { get; }

    /// <summary>
    /// The message's input. A PreValidation or PreOperation step may set its attributes (a value of the attribute's own
    /// type); the message goes on with them. Later stages see it as the message ran.
    /// </summary>
    Entity Target { get; }

    /// <summary>The record before the main operation changed it, where the step registered for it (none on create).</summary>
    Entity? PreImage { get; }

    /// <summary>The record as the main operation left it, in PostOperation, where the step registered for it.</summary>
    Entity? PostImage { get; }

    /// <summary>The main operation's output (e.g. the new complaint's <c>id</c> and <c>reference</c>), from PostOperation on.</summary>
    Entity? Output { get; }

    /// <summary>Who sent the message: a person's or a system's id as the identity provider names it.</summary>
    string InitiatingUserId { get; }

    /// <summary>Ties together every message, log line, event and trace caused by one request.</summary>
    string CorrelationId { get; }

    /// <summary>1 for a message from outside; each message started by a step adds one.</summary>
    int Depth { get; }

    /// <summary>When the message started: "now", for the step.</summary>
    DateTimeOffset StartedAt { get; }

    /// <summary>Values an earlier step leaves for a later one in the same message.</summary>
    IDictionary<string, object?> SharedVariables { get; }

    /// <summary>The registration's unsecure configuration: visible to anyone who may read the step table.</summary>
    string? UnsecureConfiguration { get; }

    /// <summary>The registration's secure configuration (e.g. a key): never shown back by the registration service.</summary>
    string? SecureConfiguration { get; }

    /// <summary>Writes to this execution's trace log (Dataverse's <c>ITracingService</c>).</summary>
    ITracingService Trace { get; }

    /// <summary>Sends the product's own messages, as the initiating user, one level deeper.</summary>
    IMessageService Messages { get; }

    /// <summary>Reads the product's records (a complaint, an award) as their modules' contracts show them.</summary>
    IRecordReader Records { get; }
}
