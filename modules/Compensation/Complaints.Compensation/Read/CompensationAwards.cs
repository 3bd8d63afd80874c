using Complaints.Compensation.Contracts;
using Complaints.Compensation.Domain;
using Complaints.Compensation.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Compensation.Read;

/// <summary>Compensation's answer to <see cref="ICompensationAwards"/>.</summary>
internal sealed class CompensationAwards(CompensationDbContext db) : ICompensationAwards
{
    public async Task<AwardSummary?> FindAsync(long awardId, CancellationToken cancellationToken) =>
        await db.Awards.AsNoTracking().SingleOrDefaultAsync(a => a.Id == awardId, cancellationToken) is { } award ? Summary(award) : null;

    public async Task<IReadOnlyList<AwardSummary>> ForComplaintAsync(Guid complaintId, CancellationToken cancellationToken) =>
        (await db.Awards.AsNoTracking().Where(a => a.ComplaintId == complaintId).OrderBy(a => a.Id).ToListAsync(cancellationToken))
        .Select(Summary).ToList();

    private static AwardSummary Summary(Award a) =>
        new(a.Id, a.Reference, a.ComplaintId, a.OmbudsmanCaseReference, a.Status.ToString(), a.TotalPence, a.ApprovedPence, a.PaidPence, a.Band);
}
