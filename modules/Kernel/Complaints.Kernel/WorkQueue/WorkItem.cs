namespace Complaints.Kernel.WorkQueue;

/// <summary>
/// One open thing a landlord owes by a deadline, as the module that keeps it sees it. <see cref="DueBy"/> is the end of
/// <see cref="DueOn"/> in London (deadlines are whole days); <see cref="DueSoonFrom"/> is when the module's own due-soon
/// window opens. <see cref="Tie"/> orders items due at the same instant within one source (unique within it).
/// </summary>
public sealed record WorkItem(
    WorkItemKind Kind,
    string ItemId,
    Guid? ComplaintId,
    string? ComplaintReference,
    string What,
    DateOnly DueOn,
    DateTimeOffset DueBy,
    DateTimeOffset DueSoonFrom,
    string? Officer,
    IReadOnlyDictionary<string, string> Links,
    string Tie)
{
    /// <summary>Overdue from <see cref="DueBy"/>, due soon from <see cref="DueSoonFrom"/>, on track before.</summary>
    public WorkItemStatus StatusAt(DateTimeOffset instant) =>
        instant >= DueBy ? WorkItemStatus.Overdue : instant >= DueSoonFrom ? WorkItemStatus.DueSoon : WorkItemStatus.OnTrack;
}
