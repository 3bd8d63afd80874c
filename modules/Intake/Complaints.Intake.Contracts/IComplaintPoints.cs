namespace Complaints.Intake.Contracts;

/// <summary>
/// The points a complaint was made about, as Intake recorded them (given at logging or joined later), so a response can
/// be held to answering each one. Joins the caller's unit of work.
/// </summary>
public interface IComplaintPoints
{
    /// <summary>The points in the order raised; null when there is no such complaint.</summary>
    Task<IReadOnlyList<string>?> FindAsync(Guid complaintId, CancellationToken cancellationToken);
}
