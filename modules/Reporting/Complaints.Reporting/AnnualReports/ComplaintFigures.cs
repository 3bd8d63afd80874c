using Complaints.Reporting.Contracts;
using Complaints.Reporting.Persistence;
using Complaints.Reporting.ReadModels;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Reporting.AnnualReports;

/// <summary>
/// The complaint figures of the annual report, each an aggregate over <c>reporting_complaints</c> (COUNT … GROUP BY on
/// the instants the read model indexes), so the report costs the same on a million complaints as the TSM does.
/// A complaint is in the year by the instant the figure is about: received, escalated, responded, declined.
/// </summary>
internal sealed class ComplaintFigures(ReportingDbContext db, PolicyLabels labels)
{
    public async Task<ComplaintVolumes> VolumesAsync(ReportingYear year, CancellationToken cancellationToken)
    {
        var (from, until) = (year.From, year.Until);
        var stage1 = db.Complaints.AsNoTracking().Where(c => c.Stage1EnteredAt != null && c.ReceivedAt >= from && c.ReceivedAt < until);
        var stage1Months = new List<int>();
        var stage2Months = new List<int>();
        foreach (var (monthFrom, monthUntil) in ReportingMonths.Of(year))
        {
            stage1Months.Add(await db.Complaints.CountAsync(c => c.Stage1EnteredAt != null && c.ReceivedAt >= monthFrom && c.ReceivedAt < monthUntil, cancellationToken));
            // An escalation refused never became a stage 2 complaint.
            stage2Months.Add(await db.Complaints.CountAsync(
                c => c.Stage2EnteredAt >= monthFrom && c.Stage2EnteredAt < monthUntil && c.EscalationRefusedAt == null, cancellationToken));
        }
        var byChannel = await stage1.GroupBy(c => c.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byCategory = await stage1.GroupBy(c => c.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new ComplaintVolumes(stage1Months.Sum(), stage2Months.Sum(),
            [new MonthlySeries("Stage 1", stage1Months), new MonthlySeries("Stage 2", stage2Months)],
            Ordered(byChannel.Select(c => new Tally(c.Key ?? "", PolicyLabels.Channel(c.Key), c.Count))),
            Ordered(byCategory.Select(c => new Tally(c.Key ?? "", labels.Category(c.Key), c.Count))),
            await OutcomesAsync(from, until, cancellationToken));
    }

    public async Task<IReadOnlyList<StageTimeliness>> TimelinessAsync(ReportingYear year, CancellationToken cancellationToken)
    {
        var (from, until) = (year.From, year.Until);
        var rows = db.Complaints.AsNoTracking();
        var stage1Acknowledged = rows.Where(c => c.Stage1Acknowledge.MetAt >= from && c.Stage1Acknowledge.MetAt < until);
        var stage1Responded = rows.Where(c => c.Stage1Respond.MetAt >= from && c.Stage1Respond.MetAt < until);
        var stage2Acknowledged = rows.Where(c => c.Stage2Acknowledge.MetAt >= from && c.Stage2Acknowledge.MetAt < until);
        var stage2Responded = rows.Where(c => c.Stage2Respond.MetAt >= from && c.Stage2Respond.MetAt < until);
        return
        [
            new StageTimeliness(1,
                await stage1Acknowledged.CountAsync(cancellationToken), await stage1Acknowledged.CountAsync(c => c.Stage1Acknowledge.MetOnTime == true, cancellationToken),
                await stage1Responded.CountAsync(cancellationToken), await stage1Responded.CountAsync(c => c.Stage1Respond.MetOnTime == true, cancellationToken),
                await stage1Responded.CountAsync(c => c.Stage1Respond.ExtendedByWorkingDays > 0, cancellationToken)),
            new StageTimeliness(2,
                await stage2Acknowledged.CountAsync(cancellationToken), await stage2Acknowledged.CountAsync(c => c.Stage2Acknowledge.MetOnTime == true, cancellationToken),
                await stage2Responded.CountAsync(cancellationToken), await stage2Responded.CountAsync(c => c.Stage2Respond.MetOnTime == true, cancellationToken),
                await stage2Responded.CountAsync(c => c.Stage2Respond.ExtendedByWorkingDays > 0, cancellationToken)),
        ];
    }

    public async Task<IReadOnlyList<Tally>> RefusalsAsync(ReportingYear year, CancellationToken cancellationToken)
    {
        var (from, until) = (year.From, year.Until);
        var declined = await db.Complaints.AsNoTracking().Where(c => c.DeclinedAt >= from && c.DeclinedAt < until)
            .GroupBy(c => c.ExclusionReason).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Ordered(declined.Select(d => new Tally(d.Key ?? "", labels.ExclusionReason(d.Key), d.Count)));
    }

    private async Task<IReadOnlyList<Tally>> OutcomesAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var stage1 = await db.Complaints.AsNoTracking().Where(c => c.Stage1RespondedAt >= from && c.Stage1RespondedAt < until && c.Stage1Outcome != null)
            .GroupBy(c => c.Stage1Outcome).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var stage2 = await db.Complaints.AsNoTracking().Where(c => c.Stage2RespondedAt >= from && c.Stage2RespondedAt < until && c.Stage2Outcome != null)
            .GroupBy(c => c.Stage2Outcome).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return stage1.Select(o => new Tally($"STAGE1_{o.Key}", $"Stage 1: {PolicyLabels.Outcome(o.Key!.Value)}", o.Count))
            .Concat(stage2.Select(o => new Tally($"STAGE2_{o.Key}", $"Stage 2: {PolicyLabels.Outcome(o.Key!.Value)}", o.Count)))
            .OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
    }

    private static List<Tally> Ordered(IEnumerable<Tally> tallies) =>
        tallies.OrderByDescending(t => t.Count).ThenBy(t => t.Label, StringComparer.Ordinal).ToList();
}
