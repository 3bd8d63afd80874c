namespace Complaints.Kernel.Errors;

/// <summary>Someone else changed the record since the caller read it; re-read and retry (ABORTED).</summary>
public sealed class ConcurrencyConflictException(string entity, string id)
    : ComplaintsException($"{entity} '{id}' was changed by someone else; read it again and retry.")
{
    public string Entity { get; } = entity;

    public string Id { get; } = id;
}
