namespace Complaints.Kernel.Errors;

/// <summary>The thing the request names does not exist (NOT_FOUND).</summary>
public sealed class NotFoundException(string entity, string id) : ComplaintsException($"{entity} '{id}' was not found.")
{
    public string Entity { get; } = entity;

    public string Id { get; } = id;
}
