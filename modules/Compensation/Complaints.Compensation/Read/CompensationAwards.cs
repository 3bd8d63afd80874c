using Complaints.Compensation.Awards;
using Complaints.Compensation.Calculation;
using Complaints.Compensation.Contracts;
using Complaints.Compensation.Domain;
using Complaints.Compensation.Persistence;
using Complaints.Kernel.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Compensation.Read;

/// <summary>Compensation's answer to <see cref="ICompensationAwards"/>.</summary>
internal sealed class CompensationAwards(CompensationDbContext db, AwardCalculator calculator, AwardRecorder recorder, TimeProvider clock) : ICompensationAwards
{
    public async Task<AwardSummary> ProposeForOrderAsync(OrderAward order, CancellationToken cancellationToken)
    {
        var line = new LineInput(AwardCategory.DistressAndInconvenience, $"Ombudsman order {order.OmbudsmanCaseReference}: {order.Description}",
            order.AmountPence, null, null, null);
        var calculated = calculator.Calculate([line], order.OrderedOn);
        var proposer = ExecutionScope.Current?.Actor ?? Actor.System;
        var award = await recorder.ProposeAsync(calculated, order.ComplaintId, order.OmbudsmanCaseReference, order.OrderedOn,
            $"Ordered by the Housing Ombudsman ({order.OmbudsmanCaseReference}): {order.Description}", proposer, clock.GetUtcNow(), cancellationToken);
        return Summary(award);
    }

    public async Task<AwardSummary?> FindAsync(long awardId, CancellationToken cancellationToken) =>
        await db.Awards.AsNoTracking().SingleOrDefaultAsync(a => a.Id == awardId, cancellationToken) is { } award ? Summary(award) : null;

    public async Task<IReadOnlyList<AwardSummary>> ForComplaintAsync(Guid complaintId, CancellationToken cancellationToken) =>
        (await db.Awards.AsNoTracking().Where(a => a.ComplaintId == complaintId).OrderBy(a => a.Id).ToListAsync(cancellationToken))
        .Select(Summary).ToList();

    private static AwardSummary Summary(Award a) =>
        new(a.Id, a.Reference, a.ComplaintId, a.OmbudsmanCaseReference, a.Status.ToString(), a.TotalPence, a.ApprovedPence, a.PaidPence, a.Band);
}
