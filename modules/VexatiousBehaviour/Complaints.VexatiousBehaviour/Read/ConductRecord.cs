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
}
