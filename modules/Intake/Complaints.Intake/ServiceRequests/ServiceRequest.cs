using Complaints.Intake.Domain;

namespace Complaints.Intake.ServiceRequests;

/// <summary>
/// A request to put something right. Not a complaint, but recorded and monitored; a complaint raised from it never
/// closes it, because the Code says work on the request must not stop.
/// </summary>
internal sealed class ServiceRequest
{
    public Guid Id { get; init; }

    /// <summary>Human-readable and unique, e.g. <c>SR-2026-000042</c>.</summary>
    public required string Reference { get; init; }

    public required ComplaintChannel Channel { get; init; }

    public required string Description { get; init; }

    public required string Category { get; init; }

    public required string ResidentReference { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public required string RecordedBy { get; init; }
}
