using Complaints.Reporting.AnnualReports;
using Complaints.Reporting.Contracts;
using Complaints.Reporting.Persistence;
using Complaints.Reporting.ReadModels.Hazards;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Reporting.Hazards;

/// <summary>
/// Works out <see cref="HazardFigures"/> from the hazard read models. Hazards number in the thousands a year, so the
/// year's rows are read in three queries (each on an indexed instant) and counted in memory per month and kind. A
/// month not yet begun has no figures; "overdue at the end" of the month under way is overdue now.
/// </summary>
internal sealed class HazardFiguresReader(ReportingDbContext db, PolicyLabels labels, TimeProvider clock)
{
    /// <summary>Not one of the regulation's stopping reasons: the regulations never applied, so the hazard is in no figure.</summary>
    private const string TenureNotCovered = "TenureNotCovered";

    public async Task<HazardFigures> ReadAsync(ReportingYear year, CancellationToken cancellationToken)
    {
        var months = ReportingMonths.Of(year);
        var (start, end) = (months[0].From, months[^1].Until);
        // Every hazard running at some point in the year: those stopped before it have no figure in it.
        var hazards = (await db.Hazards.AsNoTracking().Where(h => h.AwareAt < end && (h.StoppedAt == null || h.StoppedAt >= start)).ToListAsync(cancellationToken))
            .Where(h => h.StopReason != TenureNotCovered).ToDictionary(h => h.HazardId);
        var misses = (await db.HazardMisses.AsNoTracking().Where(m => m.DueAt < end && (m.MetAt == null || m.MetAt >= start)).ToListAsync(cancellationToken))
            .Where(m => hazards.ContainsKey(m.HazardId)).ToList();
        var offers = (await db.AccommodationOffers.AsNoTracking().Where(o => o.OfferedAt >= start && o.OfferedAt < end).ToListAsync(cancellationToken))
            .Where(o => hazards.ContainsKey(o.HazardId)).ToList();
        var rows = new Rows(hazards, misses, offers, clock.GetUtcNow());
        var kinds = hazards.Values.Select(h => h.Kind).Concat(misses.Select(m => m.Kind)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var byMonth = months.Select((m, i) => new HazardMonth(new DateOnly(year.StartYear, 4, 1).AddMonths(i),
            ByKind(rows, kinds, m.From, m.Until), rows.Count(m.From, m.Until, kind: null))).ToList();
        return new HazardFigures(year, byMonth, ByKind(rows, kinds, start, end), rows.Count(start, end, kind: null));
    }

    private List<HazardKindFigures> ByKind(Rows rows, IEnumerable<string> kinds, DateTimeOffset from, DateTimeOffset until) =>
        kinds.Select(kind => new HazardKindFigures(kind, labels.HazardKind(kind), rows.Count(from, until, kind))).Where(k => !k.Counts.IsEmpty).ToList();

    private sealed record Rows(Dictionary<long, ReportedHazard> Hazards, List<ReportedHazardMiss> Misses, List<ReportedAccommodationOffer> Offers, DateTimeOffset Now)
    {
        public HazardCounts Count(DateTimeOffset from, DateTimeOffset until, string? kind)
        {
            if (from > Now)
                return HazardCounts.None;
            bool Of(string k) => kind is null || k == kind;
            var end = until < Now ? until : Now;
            var reported = Hazards.Values.Where(h => Of(h.Kind) && h.AwareAt >= from && h.AwareAt < until).ToList();
            var offers = Offers.Where(o => Of(o.Kind) && o.OfferedAt >= from && o.OfferedAt < until).ToList();
            // Overdue at the period's end: missed by then, not met by then, and the hazard's clocks still running then.
            var overdue = Misses.Where(m => Of(m.Kind) && m.DueAt < end && !(m.MetAt < end) && !(Hazards[m.HazardId].StoppedAt < end))
                .Select(m => m.HazardId).Distinct().Count();
            return new HazardCounts(
                reported.Count(h => h.Emergency), reported.Count(h => !h.Emergency),
                Misses.Count(m => Of(m.Kind) && m.DueAt >= from && m.DueAt < until),
                overdue, offers.Count, offers.Select(o => o.HazardId).Distinct().Count());
        }
    }
}
