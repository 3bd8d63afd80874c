namespace Complaints.Intake.Contracts;

/// <summary>
/// What other modules may read of a complaint Intake recorded: its reference and the points it was made about (given at
/// logging or joined later), so a response can answer each one. Joins the caller's unit of work.
/// </summary>
public interface IComplaintDirectory
{
    /// <summary>Null when there is no such complaint.</summary>
    Task<ComplaintSummary?> FindAsync(Guid complaintId, CancellationToken cancellationToken);
}

/// <summary>
/// A complaint's reference, its points in the order raised, and the officer named to the resident when it was
/// acknowledged (null until then): the Code's stage 1 handler, whom stage 2 must not be. <see cref="ResidentReference"/>
/// is the resident's reference in the housing management system (empty for an anonymous complaint).
/// </summary>
public sealed record ComplaintSummary(
    Guid ComplaintId, string Reference, IReadOnlyList<string> Points, string? NamedOfficer = null, string ResidentReference = "", string Description = "", string Channel = "");
