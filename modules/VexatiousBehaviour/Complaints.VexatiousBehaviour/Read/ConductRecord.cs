using Complaints.Kernel.Calendar;
using Complaints.VexatiousBehaviour.Contracts;
using Complaints.VexatiousBehaviour.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.VexatiousBehaviour.Read;

/// <summary>The module's answer to <see cref="IConductRecord"/>.</summary>
internal sealed class ConductRecord(VexatiousBehaviourDbContext db, TimeProvider clock) : IConductRecord
{
    public async Task<IReadOnlyList<RestrictionSummary>> RestrictionsForAsync(string residentReference, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Restrictions.AsNoTracking().Where(r => r.ResidentReference == residentReference).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return rows.Select(r => new RestrictionSummary(r.Reference, r.Type.ToString(), r.PermittedRoute, r.StartsOn, r.EndsOn,
            r.StatusOn(LondonTime.Date(now), now).ToString(), r.DecidedBy)).ToList();
    }

    public Task<bool> CaseExistsAsync(string caseReference, CancellationToken cancellationToken) =>
        db.Cases.AnyAsync(c => c.Reference == caseReference, cancellationToken);

    public async Task<IReadOnlyList<ConcludedConductCase>> FindConcludedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        // Conduct cases are few (a landlord's unacceptable-behaviour cases, not its complaints) and their history is in
        // JSON columns, so when each was concluded is worked out here rather than in SQL.
        var now = clock.GetUtcNow();
        var cases = await db.Cases.AsNoTracking().ToListAsync(cancellationToken);
        var restrictions = (await db.Restrictions.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(r => r.CaseId);
        var appeals = (await db.Appeals.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(a => a.CaseId);
        return cases.Select(c => ConcludedCases.Concluded(c, restrictions[c.Id].ToList(), appeals[c.Id].ToList(), now))
            .OfType<ConcludedConductCase>().Where(c => c.ConcludedAt < cutoff).OrderBy(c => c.ConcludedAt).ToList();
    }
}
