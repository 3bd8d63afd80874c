using Complaints.Investigation.Policy;

namespace Complaints.Investigation.Officers;

/// <summary>An officer put on a complaint at a stage; the latest one for a stage is its handler.</summary>
internal sealed class Assignment
{
    public long Id { get; init; }

    public required Guid ComplaintId { get; init; }

    /// <summary>1 or 2.</summary>
    public required int Stage { get; init; }

    public required string OfficerId { get; init; }

    public required string OfficerName { get; init; }

    public required Seniority Seniority { get; init; }

    public required string ServiceArea { get; init; }

    /// <summary>The service area the complaint is about, recorded at stage 1 for stage 2's independence rule.</summary>
    public string? ServiceAreaComplainedAbout { get; init; }

    public required DateTimeOffset AssignedAt { get; init; }

    public required string AssignedBy { get; init; }
}
