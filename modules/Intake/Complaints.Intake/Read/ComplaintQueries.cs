using Complaints.Intake.Domain;
using Complaints.Intake.Persistence;
using Complaints.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.Read;

/// <summary>
/// The reads every GetComplaint makes, compiled: by key, with no collection parameter, so each runs as the simplest
/// statement and skips EF Core's per-call query preparation.
/// </summary>
internal static class ComplaintQueries
{
    private static readonly PerModel<Func<IntakeDbContext, string, CancellationToken, Task<Complaint?>>> ByReferenceQuery = new(() =>
        EF.CompileAsyncQuery((IntakeDbContext db, string reference, CancellationToken _) =>
            db.Complaints.AsNoTracking().SingleOrDefault(c => c.Reference == reference)));

    private static readonly PerModel<Func<IntakeDbContext, Guid, CancellationToken, Task<Complaint?>>> ByIdQuery = new(() =>
        EF.CompileAsyncQuery((IntakeDbContext db, Guid id, CancellationToken _) =>
            db.Complaints.AsNoTracking().SingleOrDefault(c => c.Id == id)));

    private static readonly PerModel<Func<IntakeDbContext, Guid, IAsyncEnumerable<ComplaintLink>>> LinksOfQuery = new(() =>
        EF.CompileAsyncQuery<IntakeDbContext, Guid, ComplaintLink>((db, id) =>
            db.Links.AsNoTracking().Where(l => l.ComplaintId == id || l.LinkedComplaintId == id).OrderBy(l => l.Id)));

    public static Task<Complaint?> ByReference(IntakeDbContext db, string reference, CancellationToken cancellationToken) =>
        ByReferenceQuery.For(db)(db, reference, cancellationToken);

    public static Task<Complaint?> ById(IntakeDbContext db, Guid id, CancellationToken cancellationToken) =>
        ByIdQuery.For(db)(db, id, cancellationToken);

    /// <summary>Every link touching the complaint, from either side, in the order made.</summary>
    public static IAsyncEnumerable<ComplaintLink> LinksOf(IntakeDbContext db, Guid id) => LinksOfQuery.For(db)(db, id);
}
