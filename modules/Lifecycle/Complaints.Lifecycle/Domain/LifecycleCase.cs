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

    /// <summary>
    /// The complaint's public reference, kept only to order lists as Intake does (newest received first, then by
    /// reference). Null for a case started before it was kept, until Intake's start-up backfill gives it.
    /// </summary>
    public string? Reference { get; set; }

    /// <summary>When the first running clock becomes due soon (<see cref="Clocks.ClockThresholds"/>); null when none runs.</summary>
    public DateTimeOffset? DueSoonFrom { get; set; }

    /// <summary>
    /// When the first running clock becomes overdue (<see cref="Clocks.ClockThresholds"/>); null when none runs, so the
    /// clock-status filters read only the cases where it is set (a partial index holds just those).
    /// </summary>
    public DateTimeOffset? OverdueFrom { get; set; }

    /// <summary>
    /// The policy and calendar the thresholds were worked out under (<see cref="Clocks.ClockBasis"/>); null before they
    /// were kept. A case with another basis is worked out again at start-up.
    /// </summary>
    public string? ClockBasis { get; set; }

    public int Version { get; set; }

    /// <summary>Keeps the stored thresholds in step with the clocks.</summary>
    public void Apply(Clocks.ClockThresholds thresholds, string basis)
    {
        DueSoonFrom = thresholds.DueSoonFrom;
        OverdueFrom = thresholds.OverdueFrom;
        ClockBasis = basis;
    }
}
