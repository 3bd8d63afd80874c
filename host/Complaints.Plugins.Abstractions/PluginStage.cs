namespace Complaints.Plugins;

/// <summary>Where in a message a step runs; the numbers are Dataverse's.</summary>
public enum PluginStage
{
    /// <summary>Before the message's transaction: checks that may refuse it, changes to its input.</summary>
    PreValidation = 10,

    /// <summary>Inside the transaction, before the main operation: last changes to its input.</summary>
    PreOperation = 20,

    /// <summary>After the main operation: inside the transaction when synchronous, after commit when asynchronous.</summary>
    PostOperation = 40,
}

/// <summary>Synchronous steps run in the caller's call; asynchronous ones (PostOperation only) after it commits.</summary>
public enum PluginMode
{
    Synchronous = 0,
    Asynchronous = 1,
}
