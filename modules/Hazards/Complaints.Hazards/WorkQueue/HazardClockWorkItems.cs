using System.Globalization;
using Complaints.Hazards.Clocks;
using Complaints.Hazards.Contracts;
using Complaints.Hazards.Persistence;
using Complaints.Hazards.Policy;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.WorkQueue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Hazards.WorkQueue;

/// <summary>
/// The running Awaab's Law clocks of hazards whose clocks have not been stopped, for the cross-module work queue: each
/// due at its own instant (24 hours from awareness for an emergency; the end of a working day otherwise), due soon within
/// the profile's <c>hazards.dueSoonHours</c> or <c>dueSoonWorkingDays</c>. Clocks are worked out per hazard, as
/// ListHazards does: fine while open hazards number in the thousands.
/// </summary>
internal sealed class HazardClockWorkItems(HazardsDbContext db, HazardClockCalculator calculator, WorkingDayCalendar calendar, IOptions<HazardsPolicy> policy)
    : IWorkItemSource
{
    public string Name => "hazards";

    public IReadOnlySet<WorkItemKind> Kinds { get; } = new HashSet<WorkItemKind> { WorkItemKind.HazardClock };

    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkItemQuery query, CancellationToken cancellationToken)
    {
        if (query.Responsible is { ComplaintIds.Count: 0 })
            return []; // a hazard has no officer of its own: only its complaint's handler sees it
        var hazards = await db.Hazards.AsNoTracking().Where(h => h.StoppedAt == null).ToListAsync(cancellationToken);
        var items = hazards.SelectMany(hazard => calculator.Calculate(hazard, query.AsOf)
            .Where(c => c.Status is HazardClockStatus.OnTrack or HazardClockStatus.DueSoon or HazardClockStatus.Overdue)
            .Select(c =>
            {
                var id = hazard.Id.ToString(CultureInfo.InvariantCulture);
                var links = new Dictionary<string, string> { ["hazard_id"] = id, ["hazard_reference"] = hazard.Reference };
                return new WorkItem(WorkItemKind.HazardClock, $"{id}:{c.Name}", hazard.ComplaintId, null,
                    $"{c.Name} for hazard {hazard.Reference} ({c.Regulation})", LondonTime.Date(c.DueAt), c.DueAt, DueSoonFrom(c), null, links,
                    $"{hazard.Id.ToString("D19", CultureInfo.InvariantCulture)}:{c.Name}");
            }));
        return WorkItemPaging.Page(Name, items, query);
    }

    /// <summary>Hours clocks (the emergency's) fall due soon by the hour, the others by working days, as the hazard's own clocks do.</summary>
    private DateTimeOffset DueSoonFrom(HazardClockSummary clock) =>
        clock.Name.StartsWith("emergency.", StringComparison.Ordinal)
            ? clock.DueAt - TimeSpan.FromHours(policy.Value.DueSoonHours)
            : WorkItemPaging.DueSoonFrom(calendar, LondonTime.Date(clock.DueAt), policy.Value.DueSoonWorkingDays);
}
