namespace Complaints.Hazards.Contracts;

/// <summary>The hazards raised from a complaint, with their clocks, for the complaint's page and the Ombudsman evidence pack. Joins the caller's unit of work.</summary>
public interface IHazardRecord
{
    /// <summary>Every hazard reported from the complaint, oldest first, its clocks as of <paramref name="asOf"/> (now when null).</summary>
    Task<IReadOnlyList<HazardSummary>> ForComplaintAsync(Guid complaintId, DateTimeOffset? asOf, CancellationToken cancellationToken);
}
