namespace Complaints.Intake.Contracts;

/// <summary>
/// What other modules may read of a complaint Intake recorded: its reference and the points it was made about (given at
/// logging or joined later), so a response can answer each one. Joins the caller's unit of work.
/// </summary>
public interface IComplaintDirectory
{
    /// <summary>Null when there is no such complaint.</summary>
    Task<ComplaintSummary?> FindAsync(Guid complaintId, CancellationToken cancellationToken);

    /// <summary>Every complaint logged for a resident (by their reference in the housing management system), oldest first.</summary>
    Task<IReadOnlyList<ComplaintSummary>> ForResidentAsync(string residentReference, CancellationToken cancellationToken);

    /// <summary>Null when no complaint has this reference (e.g. "CMP-2026-000123").</summary>
    Task<ComplaintSummary?> FindByReferenceAsync(string reference, CancellationToken cancellationToken);

    /// <summary>The references of the given complaints; unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<Guid, string>> ReferencesAsync(IReadOnlyCollection<Guid> complaintIds, CancellationToken cancellationToken);
}

/// <summary>
/// A complaint's reference, its points in the order raised, and the officer named to the resident when it was
/// acknowledged (null until then): the Code's stage 1 handler, whom stage 2 must not be. <see cref="ResidentReference"/>
/// is the resident's reference in the housing management system (empty for an anonymous complaint).
/// </summary>
public sealed record ComplaintSummary(
    Guid ComplaintId, string Reference, IReadOnlyList<string> Points, string? NamedOfficer = null, string ResidentReference = "", string Description = "", string Channel = "")
{
    /// <summary>When the complaint was received, and what the resident told us about themselves (filled by <see cref="IComplaintDirectory.ForResidentAsync"/>).</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    public IReadOnlyList<string> Vulnerabilities { get; init; } = [];

    public IReadOnlyList<string> ReasonableAdjustments { get; init; } = [];

    public string? RepresentativeName { get; init; }
}
