using Complaints.Lifecycle.Contracts;
using Complaints.Reporting.Contracts;
using Complaints.Reporting.Persistence;
using Complaints.Reporting.ReadModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Reporting.Tsm;

/// <summary>
/// Works CH01 and CH02 out of <c>reporting_complaints</c>. Whether a response was in time is the lifecycle's own verdict
/// on its response clock (<c>stage1.respond</c>, <c>stage2.respond</c>), which already counts a Code-permitted extension.
/// </summary>
internal sealed class TenantSatisfactionMeasuresReader(ReportingDbContext db, ILifecycle lifecycle, IOptions<ReportingOptions> options)
{
    public async Task<TenantSatisfactionMeasures> ReadAsync(ReportingYear year, CancellationToken cancellationToken)
    {
        var (from, until) = (year.From, year.Until);
        var homes = options.Value.LowCostRentalHomes + options.Value.LowCostHomeOwnershipHomes;
        var rows = db.Complaints.AsNoTracking();

        var stage1Received = await rows.Where(c => c.Stage1EnteredAt != null && c.ReceivedAt >= from && c.ReceivedAt < until)
            .ToListAsync(cancellationToken);
        var stage2Received = await rows.Where(c => c.Stage2EnteredAt >= from && c.Stage2EnteredAt < until).ToListAsync(cancellationToken);
        var stage1Responded = await rows.Where(c => c.Stage1RespondedAt >= from && c.Stage1RespondedAt < until).ToListAsync(cancellationToken);
        var stage2Responded = await rows.Where(c => c.Stage2RespondedAt >= from && c.Stage2RespondedAt < until).ToListAsync(cancellationToken);
        var views = await lifecycle.FindManyAsync(stage1Responded.Concat(stage2Responded).Select(c => c.ComplaintId).Distinct().ToList(), null, cancellationToken);

        return new TenantSatisfactionMeasures(year, options.Value.LowCostRentalHomes, options.Value.LowCostHomeOwnershipHomes,
            PerThousandHomes("CH01-1", stage1Received, c => c.ReceivedAt!.Value, homes,
                "Complaints received in the year that entered stage 1 (not those declined or treated as service requests), per 1,000 homes of both stock types."),
            PerThousandHomes("CH01-2", stage2Received, c => c.Stage2EnteredAt!.Value, homes,
                "Complaints escalated to stage 2 in the year, per 1,000 homes of both stock types."),
            InTime("CH02-1", stage1Responded, c => c.Stage1RespondedAt!.Value, views, "stage1.respond",
                "Stage 1 responses issued in the year that met the stage 1 response clock (an agreed extension counts as in time)."),
            InTime("CH02-2", stage2Responded, c => c.Stage2RespondedAt!.Value, views, "stage2.respond",
                "Stage 2 responses issued in the year that met the stage 2 response clock (an agreed extension counts as in time)."));
    }

    private static Measure PerThousandHomes(string code, List<ReportedComplaint> counted, Func<ReportedComplaint, DateTimeOffset> at, int homes, string rule) =>
        new(code, homes == 0 ? null : Math.Round(counted.Count * 1000.0 / homes, 2), counted.Count, homes, rule,
            counted.Select(c => new CountedComplaint(c.ComplaintId, c.Reference ?? "", at(c), null)).OrderBy(c => c.Reference, StringComparer.Ordinal).ToList());

    private static Measure InTime(string code, List<ReportedComplaint> counted, Func<ReportedComplaint, DateTimeOffset> at,
        IReadOnlyDictionary<Guid, LifecycleView> views, string clock, string rule)
    {
        var lines = counted.Select(c => new CountedComplaint(c.ComplaintId, c.Reference ?? "", at(c),
                views.TryGetValue(c.ComplaintId, out var view) && view.Clocks.Any(k => k.Name == clock && k.Status == ClockStatus.MetOnTime)))
            .OrderBy(c => c.Reference, StringComparer.Ordinal).ToList();
        var inTime = lines.Count(l => l.InTime == true);
        return new(code, lines.Count == 0 ? null : Math.Round(inTime * 100.0 / lines.Count, 2), inTime, lines.Count, rule, lines);
    }
}
