using Complaints.HousingSystem.Contracts;
using Complaints.Kernel.Pipeline;

namespace Complaints.HousingSystem.Repairs;

/// <summary>
/// Raise a repair job in the HMS for a complaint (message <c>RaiseRepair</c>); returns the job's id here. The property
/// defaults to the one the complaint is linked to. <see cref="Job"/> is filled by the step that asks the HMS.
/// </summary>
internal sealed record RaiseRepairCommand(
    Guid ComplaintId, string? PropertyReference, string Description, RepairPriority? Priority, string? IdempotencyKey, RepairJob? Job = null)
    : ICommand<Guid>, IIdempotentCommand;

/// <summary>The HMS reports a repair job's new status (message <c>RecordRepairStatus</c>, from a signed callback); returns the job's id.</summary>
internal sealed record RecordRepairStatusCommand(string JobReference, RepairStatus? Status, DateTimeOffset? OccurredAt) : ICommand<Guid>;

/// <summary>The HMS says a resident or property changed (message <c>ExpireCachedRecord</c>); true when a kept copy was expired.</summary>
internal sealed record ExpireCachedRecordCommand(CachedRecordKind Kind, string Reference) : ICommand<bool>;

internal enum CachedRecordKind
{
    Resident,
    Property,
}
