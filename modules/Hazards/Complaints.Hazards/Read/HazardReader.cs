using System.Globalization;
using Complaints.Hazards.Clocks;
using Complaints.Hazards.Contracts;
using Complaints.Hazards.Domain;
using Complaints.Hazards.Persistence;
using Complaints.Kernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Hazards.Read;

/// <summary>Hazards with their clocks as of an instant: for the gRPC service and the contract other modules read.</summary>
internal sealed class HazardReader(HazardsDbContext db, HazardClockCalculator calculator, TimeProvider clock)
{
    public async Task<HazardView> GetAsync(long id, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var hazard = await db.Hazards.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id, cancellationToken)
            ?? throw new NotFoundException("Hazard", id.ToString(CultureInfo.InvariantCulture));
        return View(hazard, asOf);
    }

    /// <summary>
    /// Hazards by property or complaint, oldest awareness first; with a status, only those with a running clock in it.
    /// Clocks are worked out per hazard: fine while open hazards number in the thousands (see the README).
    /// </summary>
    public async Task<IReadOnlyList<HazardView>> ListAsync(string? propertyReference, Guid? complaintId, HazardClockStatus? status, DateTimeOffset? asOf, int limit,
        CancellationToken cancellationToken)
    {
        var query = db.Hazards.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(propertyReference))
            query = query.Where(h => h.PropertyReference == propertyReference.Trim());
        if (complaintId is { } complaint)
            query = query.Where(h => h.ComplaintId == complaint);
        if (status is not null)
            query = query.Where(h => h.StoppedAt == null);
        var hazards = await query.OrderBy(h => h.Id).ToListAsync(cancellationToken);
        return hazards.Select(h => View(h, asOf))
            .Where(v => status is null || v.Clocks.Any(c => c.Status == status))
            .OrderBy(v => v.Hazard.AwareAt).ThenBy(v => v.Hazard.Id)
            .Take(limit).ToList();
    }

    public HazardView View(Hazard hazard, DateTimeOffset? asOf)
    {
        var clocks = calculator.Calculate(hazard, asOf ?? clock.GetUtcNow());
        return new HazardView(hazard, clocks, HazardClockCalculator.AlternativeAccommodationDue(clocks));
    }
}

/// <summary>A hazard, its clocks as of the instant asked, and whether alternative accommodation is owed then.</summary>
internal sealed record HazardView(Hazard Hazard, IReadOnlyList<HazardClockSummary> Clocks, bool AlternativeAccommodationDue);
