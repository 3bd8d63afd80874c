using Complaints.Kernel.Persistence;

namespace Complaints.Investigation.Actions;

/// <summary>
/// Something promised to the resident that outlives the response (a repair, a refund): tracked to done, with updates
/// to the resident. A complaint cannot close while one is open, unless it is recorded as transferred elsewhere.
/// </summary>
internal sealed class TrackedAction : IVersioned
{
    public long Id { get; init; }

    public required Guid ComplaintId { get; init; }

    public required string Description { get; set; }

    public required DateOnly DueOn { get; set; }

    public ActionStatus Status { get; set; } = ActionStatus.Open;

    /// <summary>Updates given to the resident, oldest first.</summary>
    public List<ActionUpdate> Updates { get; set; } = [];

    /// <summary>Where it went when transferred (another team's process, a contractor's programme).</summary>
    public string? TransferredTo { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public int Version { get; set; }
}

internal sealed record ActionUpdate(string Text, DateTimeOffset At, string By);

/// <summary>The proto enum's numbers match these by design.</summary>
internal enum ActionStatus
{
    Open = 1,
    Completed = 2,
    Transferred = 3,
}
