namespace Complaints.Lifecycle.Contracts;

/// <summary>The complaint lifecycle: the one place that decides and records stage changes. Calls join the caller's
/// unit of work, so a module's write and the lifecycle change commit together.</summary>
public interface ILifecycle
{
    /// <summary>Opens the lifecycle of a newly logged complaint in its initial stage.</summary>
    Task<LifecycleView> StartAsync(StartLifecycle request, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the complaint if the workflow allows the trigger now; otherwise throws TransitionRefusedException naming
    /// the stage and the allowed triggers. The change is recorded with who, when and why.
    /// </summary>
    Task<LifecycleView> TransitionAsync(TransitionRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// The complaint's stage, what may happen next, its clocks and its transitions, as they stood at
    /// <paramref name="asOf"/>; when null, as it stands now with every change recorded, even one dated a little ahead of
    /// our clock within the allowed skew. Null if unknown or not yet received at <paramref name="asOf"/>.
    /// </summary>
    Task<LifecycleView?> FindAsync(Guid complaintId, DateTimeOffset? asOf, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="FindAsync"/> for a batch (a page of a list) in two queries; complaints unknown or not yet received
    /// at <paramref name="asOf"/> are left out.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, LifecycleView>> FindManyAsync(IReadOnlyCollection<Guid> complaintIds, DateTimeOffset? asOf, CancellationToken cancellationToken);

    /// <summary>
    /// The complaint's version is the lifecycle's: one number for every change to a complaint, whichever module makes
    /// it. Throws ConcurrencyConflictException when <paramref name="expectedVersion"/> is not the current one.
    /// </summary>
    Task CheckVersionAsync(Guid complaintId, int expectedVersion, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the complaint changed without a stage change (a point joined it, a link was made): its version
    /// goes up, so a caller holding the old one is refused. Checks <paramref name="expectedVersion"/> first when given.
    /// </summary>
    Task RecordChangeAsync(Guid complaintId, int? expectedVersion, CancellationToken cancellationToken);

    /// <summary>The complaints now in <paramref name="stage"/> (for sweeps such as closing for no reply).</summary>
    Task<IReadOnlyList<Guid>> FindInStageAsync(ComplaintStage stage, CancellationToken cancellationToken);

    /// <summary>
    /// The complaints concluded before <paramref name="cutoff"/>, oldest first: in a stage where the landlord owes
    /// nothing more (<see cref="ComplaintStages.Concluded"/>) since before then. The retention schedule counts from here.
    /// </summary>
    Task<IReadOnlyList<ConcludedComplaint>> FindConcludedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>The workflow as a Mermaid state diagram, drawn by Stateless from the workflow itself.</summary>
    string WorkflowDiagram { get; }
}

/// <summary>A concluded complaint: where it ended and since when.</summary>
public sealed record ConcludedComplaint(Guid ComplaintId, ComplaintStage Stage, DateTimeOffset ConcludedAt);

/// <summary>
/// What the lifecycle needs to know of a new complaint: a building-safety one may take the Regulator route; one the
/// policy routes to correspondence may be answered as a letter and closed. The reference is kept only to order lists
/// (<see cref="ILifecycleList"/>) as the complaint's owner does.
/// </summary>
public sealed record StartLifecycle(Guid ComplaintId, DateTimeOffset ReceivedAt, bool BuildingSafety = false, bool Correspondence = false,
    string? Reference = null);

/// <summary>
/// A requested stage change. <see cref="OccurredAt"/> is the real-world time (defaults to now). An extension says by
/// how many working days and whether the resident agreed. <see cref="ExpectedVersion"/>, when given, is the version the
/// caller last read (<see cref="LifecycleView.Version"/>); a different one means someone else moved the complaint first.
/// </summary>
public sealed record TransitionRequest(
    Guid ComplaintId,
    ComplaintTrigger Trigger,
    string? Reason = null,
    DateTimeOffset? OccurredAt = null,
    int? ExtensionWorkingDays = null,
    bool? ResidentAgreed = null,
    int? ExpectedVersion = null);
