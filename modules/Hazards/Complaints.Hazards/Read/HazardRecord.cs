using Complaints.Hazards.Contracts;
using Complaints.Hazards.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Hazards.Read;

/// <summary>The hazards a complaint raised, for the complaint's page and the evidence pack (<see cref="IHazardRecord"/>).</summary>
internal sealed class HazardRecord(HazardsDbContext db, HazardReader reader) : IHazardRecord
{
    public async Task<IReadOnlyList<HazardSummary>> ForComplaintAsync(Guid complaintId, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var hazards = await db.Hazards.AsNoTracking().Where(h => h.ComplaintId == complaintId).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        return hazards.Select(h =>
        {
            var view = reader.View(h, asOf);
            return new HazardSummary(h.Id, h.Reference, h.Kind, h.Emergency, h.AwareAt, h.PropertyReference, view.Clocks,
                h.AccessAttempts.Select(a => new AccessAttemptSummary(a.AttemptedAt, a.Method.ToString(), a.Outcome.ToString(), a.Notes, a.RecordedBy)).ToList(),
                h.AccommodationOffers.Select(o => new AccommodationOfferSummary(o.OfferedAt, o.Details, o.OfferedBy)).ToList(),
                h.Stopped is { } s ? new HazardStopSummary(s.Reason.ToString(), s.Evidence, s.StoppedAt, s.StoppedBy) : null);
        }).ToList();
    }
}
