using Complaints.Kernel.Calendar;
using Complaints.Kernel.Persistence;
using Complaints.VexatiousBehaviour.Domain;
using Complaints.VexatiousBehaviour.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.VexatiousBehaviour.Contact;

/// <summary>The restrictions active for a resident at an instant (started, not ended, not lifted).</summary>
internal sealed class RestrictionsInForce(VexatiousBehaviourDbContext db)
{
    // Every contact-bearing message of every module asks this before anything else: compiled once.
    private static readonly PerModel<Func<VexatiousBehaviourDbContext, string, DateOnly, IAsyncEnumerable<Restriction>>> Covering = new(() =>
        EF.CompileAsyncQuery<VexatiousBehaviourDbContext, string, DateOnly, Restriction>((db, resident, day) =>
            db.Restrictions.AsNoTracking().Where(r => r.ResidentReference == resident && r.StartsOn <= day && r.EndsOn >= day).OrderBy(r => r.Id)));

    public async Task<IReadOnlyList<Restriction>> ForAsync(string residentReference, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var day = LondonTime.Date(at);
        var inForce = new List<Restriction>();
        await foreach (var restriction in Covering.For(db)(db, residentReference, day).WithCancellation(cancellationToken))
        {
            if (restriction.StatusOn(day, at) == RestrictionStatus.Active)
                inForce.Add(restriction);
        }
        return inForce;
    }
}
