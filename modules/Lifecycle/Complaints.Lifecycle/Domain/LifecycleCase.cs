using Complaints.Kernel.Persistence;

namespace Complaints.Lifecycle.Domain;

/// <summary>A complaint's place in its lifecycle: the current stage and since when.</summary>
internal sealed class LifecycleCase : IVersioned
{
    public Guid ComplaintId { get; init; }

    public ComplaintStage Stage { get; set; }

    public DateTimeOffset EnteredStageAt { get; set; }

    public int Version { get; set; }
}
