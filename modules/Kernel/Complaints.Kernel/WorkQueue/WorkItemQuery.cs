namespace Complaints.Kernel.WorkQueue;

/// <summary>
/// A page of one source: the items whose status at <see cref="AsOf"/> is one of <see cref="Statuses"/> (none: every
/// open item), of <see cref="Kinds"/> (none: every kind), and — when <see cref="Responsible"/> is set — only those it
/// covers; after <see cref="After"/>, at most <see cref="Limit"/>.
/// </summary>
public sealed record WorkItemQuery(
    DateTimeOffset AsOf,
    IReadOnlySet<WorkItemStatus> Statuses,
    IReadOnlySet<WorkItemKind> Kinds,
    ResponsibleFilter? Responsible,
    WorkItemPosition? After,
    int Limit)
{
    public bool Wants(WorkItemStatus status) => Statuses.Count == 0 || Statuses.Contains(status);

    public bool Wants(WorkItemKind kind) => Kinds.Count == 0 || Kinds.Contains(kind);

    /// <summary>Whether only items due soon or overdue at <see cref="AsOf"/> are wanted, so a source may read only those.</summary>
    public bool OnlyDueSoonOrOverdue => Statuses.Count > 0 && !Statuses.Contains(WorkItemStatus.OnTrack);
}

/// <summary>
/// Whose items: those about one of <see cref="ComplaintIds"/> (the complaints the officer or team handles), and those a
/// source keeps its own owner for (an Ombudsman order's owner, a restriction's decider) when it is <see cref="Officer"/>.
/// </summary>
public sealed record ResponsibleFilter(IReadOnlySet<Guid> ComplaintIds, string? Officer)
{
    public bool Covers(Guid? complaintId, string? ownOfficer) =>
        (complaintId is { } id && ComplaintIds.Contains(id))
        || (Officer is not null && ownOfficer is not null && string.Equals(ownOfficer, Officer, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A place in queue order: due instant, then source name (ordinal), then the source's tie-breaker (ordinal).</summary>
public sealed record WorkItemPosition(DateTimeOffset DueBy, string Source, string Tie)
{
    /// <summary>Whether an item of <paramref name="source"/> comes after this position.</summary>
    public bool IsBefore(string source, DateTimeOffset dueBy, string tie)
    {
        if (dueBy != DueBy)
            return dueBy > DueBy;
        var bySource = string.CompareOrdinal(source, Source);
        return bySource != 0 ? bySource > 0 : string.CompareOrdinal(tie, Tie) > 0;
    }
}
