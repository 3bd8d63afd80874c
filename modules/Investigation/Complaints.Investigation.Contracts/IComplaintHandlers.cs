namespace Complaints.Investigation.Contracts;

/// <summary>
/// Who handles each complaint now — the officer of its latest assignment (the stage 2 reviewer once one is assigned) —
/// and their team, the service area recorded on the assignment. Joins the caller's unit of work.
/// </summary>
public interface IComplaintHandlers
{
    /// <summary>The current handler of each of <paramref name="complaintIds"/> that has one.</summary>
    Task<IReadOnlyDictionary<Guid, ComplaintHandler>> ForComplaintsAsync(IReadOnlyCollection<Guid> complaintIds, CancellationToken cancellationToken);

    /// <summary>The complaints whose current handler is <paramref name="officerId"/> (when given) in <paramref name="team"/> (when given; any case).</summary>
    Task<IReadOnlySet<Guid>> HandledByAsync(string? officerId, string? team, CancellationToken cancellationToken);
}

/// <summary>An officer on a complaint: their id and name, and the team (service area) they work in.</summary>
public sealed record ComplaintHandler(string OfficerId, string OfficerName, string Team);
