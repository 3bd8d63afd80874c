using Complaints.Kernel.Persistence;

using Complaints.Lifecycle.Contracts;

namespace Complaints.Lifecycle.Domain;

/// <summary>A complaint's place in its lifecycle: the current stage and since when.</summary>
internal sealed class LifecycleCase : IVersioned
{
    public Guid ComplaintId { get; init; }

    public ComplaintStage Stage { get; set; }

    public DateTimeOffset EnteredStageAt { get; set; }

    /// <summary>When the landlord received the complaint: where the first clocks start.</summary>
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>Raised about building safety (IVH routes these to the Building Safety Regulator after stage 1).</summary>
    public bool BuildingSafety { get; set; }

    /// <summary>The policy treats it as correspondence, not a complaint (IDS: an MP's enquiry), unless an officer accepts it.</summary>
    public bool Correspondence { get; set; }

    public int Version { get; set; }
}
