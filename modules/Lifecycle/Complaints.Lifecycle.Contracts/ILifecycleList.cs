namespace Complaints.Lifecycle.Contracts;

/// <summary>
/// Lists by stage and clock status, answered from what every transition stores on the case (the stage, and when its
/// running clocks turn due soon and overdue), never by replaying histories, so a filter costs the same over a million
/// complaints as over a hundred. Only for the present (<see cref="LifecycleFilter.At"/>); an instant in the past needs
/// <see cref="ILifecycle.FindManyAsync"/>.
/// </summary>
public interface ILifecycleList
{
    /// <summary>
    /// The complaints matching <paramref name="query"/>'s filter, newest received first and then by reference
    /// (descending), from just after its position, at most its limit.
    /// </summary>
    Task<IReadOnlyList<Guid>> ListAsync(LifecycleListQuery query, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="complaintIds"/> match <paramref name="filter"/>.</summary>
    Task<IReadOnlySet<Guid>> MatchAsync(IReadOnlyCollection<Guid> complaintIds, LifecycleFilter filter, CancellationToken cancellationToken);

    /// <summary>Every complaint whose lifecycle was started without its reference (before references were kept).</summary>
    Task<IReadOnlyList<Guid>> FindWithoutReferenceAsync(CancellationToken cancellationToken);

    /// <summary>Gives those lifecycles their references; the complaints' versions do not change.</summary>
    Task RecordReferencesAsync(IReadOnlyDictionary<Guid, string> references, CancellationToken cancellationToken);
}

/// <summary>
/// Any of these stages (none: every stage) and any of these statuses of the worst running clock (none: any, running or
/// not). <see cref="At"/> is when statuses are judged: null for now, as <see cref="ILifecycle.FindAsync"/> shows a
/// complaint without an as-of; otherwise an instant later than any change can be dated (our clock plus the allowed
/// skew), where the stored thresholds are exact too.
/// </summary>
public sealed record LifecycleFilter(IReadOnlySet<ComplaintStage> Stages, IReadOnlySet<ClockStatus> ClockStatuses, DateTimeOffset? At = null)
{
    public bool IsEmpty => Stages.Count == 0 && ClockStatuses.Count == 0;
}

/// <summary>A page of a list: the filter, the received range, the position after which it starts, and how many at most.</summary>
public sealed record LifecycleListQuery(
    LifecycleFilter Filter, DateTimeOffset? ReceivedFrom, DateTimeOffset? ReceivedBefore, ListPosition? After, int Limit);

/// <summary>A complaint's place in list order: when it was received, then its reference.</summary>
public sealed record ListPosition(DateTimeOffset ReceivedAt, string Reference);
