using Complaints.Lifecycle.Contracts;

namespace Complaints.Lifecycle.Domain;

/// <summary>One recorded stage change: who, when, why, from, to. Never updated or deleted.</summary>
internal sealed class StageTransition
{
    public long Id { get; init; }

    public required Guid ComplaintId { get; init; }

    /// <summary>Null for the first entry, when the lifecycle starts.</summary>
    public ComplaintStage? FromStage { get; init; }

    public required ComplaintStage ToStage { get; init; }

    public required string Trigger { get; init; }

    public required string Actor { get; init; }

    public string? Reason { get; init; }

    /// <summary>The real-world time of the change (may be earlier than when it was recorded).</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>For an extension: how many working days it adds.</summary>
    public int? ExtensionWorkingDays { get; init; }

    /// <summary>For an extension: whether the resident agreed to it.</summary>
    public bool? ResidentAgreed { get; init; }
}
