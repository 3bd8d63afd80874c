using System.Globalization;
using Complaints.Kernel.Errors;
using Complaints.VexatiousBehaviour.Domain;
using Complaints.VexatiousBehaviour.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.VexatiousBehaviour.Cases;

/// <summary>Loads cases, restrictions and appeals to change them, and records the letters sent.</summary>
internal sealed class ConductStore(VexatiousBehaviourDbContext db)
{
    public async Task<ConductCase> CaseAsync(long id, CancellationToken cancellationToken) =>
        await db.Cases.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException("Conduct case", id.ToString(CultureInfo.InvariantCulture));

    public async Task<Restriction> RestrictionAsync(long id, CancellationToken cancellationToken) =>
        await db.Restrictions.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new NotFoundException("Restriction", id.ToString(CultureInfo.InvariantCulture));

    public async Task<Appeal> AppealAsync(long id, CancellationToken cancellationToken) =>
        await db.Appeals.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new NotFoundException("Appeal", id.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a letter to the case's record (a new list, so the JSON column is seen as changed).</summary>
    public static void Letter(ConductCase conductCase, string kind, string content, string sentBy, DateTimeOffset at) =>
        conductCase.Letters = [.. conductCase.Letters, new Letter(kind, content.Trim(), sentBy, at)];

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
