using Complaints.Kernel.Calendar;
using Complaints.VexatiousBehaviour.Domain;
using Complaints.VexatiousBehaviour.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.VexatiousBehaviour.Contact;

/// <summary>The restrictions active for a resident at an instant (started, not ended, not lifted).</summary>
internal sealed class RestrictionsInForce(VexatiousBehaviourDbContext db)
{
    public async Task<IReadOnlyList<Restriction>> ForAsync(string residentReference, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var day = LondonTime.Date(at);
        var candidates = await db.Restrictions.AsNoTracking()
            .Where(r => r.ResidentReference == residentReference && r.StartsOn <= day && r.EndsOn >= day)
            .OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return candidates.Where(r => r.StatusOn(day, at) == RestrictionStatus.Active).ToList();
    }
}
