using Complaints.Kernel.Persistence;

namespace Complaints.Intake.Domain;

/// <summary>A logged complaint as Intake records it: what, from whom, how and when it arrived.</summary>
internal sealed class Complaint : IVersioned
{
    public Guid Id { get; init; }

    /// <summary>Human-readable and unique, e.g. <c>CMP-2026-000123</c>.</summary>
    public required string Reference { get; init; }

    public required ComplaintChannel Channel { get; init; }

    public required string Description { get; set; }

    public required string ResidentReference { get; init; }

    /// <summary>When the landlord received it: the start of every clock.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    public required DateTimeOffset LoggedAt { get; init; }

    public required string LoggedBy { get; init; }

    public int Version { get; set; }
}
