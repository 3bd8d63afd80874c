namespace Complaints.Kernel.Pipeline;

/// <summary>The Dataverse stages, with their numbers. Lower execution order runs first within a stage.</summary>
public enum PipelineStage
{
    /// <summary>Before the transaction: validation, permission, contact-restriction checks. May reject.</summary>
    PreValidation = 10,

    /// <summary>Inside the transaction, before the main operation: enrich or change the target.</summary>
    PreOperation = 20,

    /// <summary>The module's own handler; exactly one per message.</summary>
    MainOperation = 30,

    /// <summary>After the main operation: inside the transaction when synchronous, after commit when asynchronous.</summary>
    PostOperation = 40,
}

/// <summary>Whether a PostOperation step runs inside the transaction or after commit, via the outbox.</summary>
public enum ExecutionMode
{
    Synchronous,
    Asynchronous,
}
