using Complaints.Kernel.Persistence;
using Complaints.Lifecycle.Domain;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Lifecycle.Persistence;

/// <summary>
/// The reads of one complaint's lifecycle that every read of a complaint makes, compiled: by key, with no
/// collection parameter, so each runs as the simplest statement and skips EF Core's per-call query preparation.
/// </summary>
internal static class LifecycleQueries
{
    private static readonly PerModel<Func<LifecycleDbContext, Guid, CancellationToken, Task<LifecycleCase?>>> CaseQuery = new(() =>
        EF.CompileAsyncQuery((LifecycleDbContext db, Guid complaintId, CancellationToken _) =>
            db.Cases.AsNoTracking().SingleOrDefault(c => c.ComplaintId == complaintId)));

    private static readonly PerModel<Func<LifecycleDbContext, Guid, IAsyncEnumerable<StageTransition>>> HistoryQuery = new(() =>
        EF.CompileAsyncQuery<LifecycleDbContext, Guid, StageTransition>((db, complaintId) =>
            db.Transitions.AsNoTracking().Where(t => t.ComplaintId == complaintId).OrderBy(t => t.OccurredAt).ThenBy(t => t.Id)));

    public static Task<LifecycleCase?> Case(LifecycleDbContext db, Guid complaintId, CancellationToken cancellationToken) =>
        CaseQuery.For(db)(db, complaintId, cancellationToken);

    /// <summary>In the order views read it: when each change happened, then as recorded.</summary>
    public static IAsyncEnumerable<StageTransition> History(LifecycleDbContext db, Guid complaintId) => HistoryQuery.For(db)(db, complaintId);
}
