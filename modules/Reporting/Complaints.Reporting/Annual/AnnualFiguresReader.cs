using Complaints.Kernel.Calendar;
using Complaints.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Reporting.Annual;

/// <summary>
/// The annual report's figures on putting things right and on managing contact, from the read models the event log
/// feeds. A period runs from <c>from</c> up to <c>until</c> (e.g. a <see cref="Contracts.ReportingYear"/>'s bounds).
/// Facts the modules record as a day — paid on, determined on, due on — count by the London days of the period
/// (exact when the bounds are London midnights, as a reporting year's are); instants count by the instants.
/// </summary>
internal sealed class AnnualFiguresReader(ReportingDbContext db)
{
    /// <summary>Payments made (paid on) in the period, by remedy band and by award category.</summary>
    public async Task<CompensationPaid> CompensationPaidAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var (firstDay, afterDay) = Days(from, until);
        var payments = await db.AwardPayments.AsNoTracking().Where(p => p.PaidOn >= firstDay && p.PaidOn < afterDay).ToListAsync(cancellationToken);
        var awardIds = payments.Select(p => p.AwardId).Distinct().ToList();
        var awards = await db.Awards.AsNoTracking().Where(a => awardIds.Contains(a.AwardId)).ToDictionaryAsync(a => a.AwardId, cancellationToken);
        var categories = (await db.AwardCategories.AsNoTracking().Where(c => awardIds.Contains(c.AwardId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.AwardId);

        var paidAwards = payments.GroupBy(p => p.AwardId)
            .Select(g => new PaidAward(g.Key, awards[g.Key].Reference ?? "", awards[g.Key].ComplaintId, awards[g.Key].Band ?? "", g.Sum(p => p.AmountPence)))
            .OrderBy(a => a.Reference, StringComparer.Ordinal).ToList();
        // Bands in the order of the awards in them: bands are ranges of the total, so this is their own order.
        var byBand = paidAwards.GroupBy(a => a.Band)
            .OrderBy(g => g.Min(a => awards[a.AwardId].TotalPence ?? 0)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BandPaid(g.Key, g.Count(), g.Sum(a => a.PaidPence))).ToList();
        var byCategory = payments
            .SelectMany(p => PaymentSplit.Split(p.AmountPence, categories[p.AwardId].OrderBy(c => c.Category).Select(c => (c.Category, c.AmountPence)).ToList()))
            .GroupBy(s => s.Category).OrderBy(g => g.Key)
            .Select(g => new CategoryPaid(g.Key, g.Sum(s => s.Pence))).ToList();
        return new CompensationPaid(payments.Sum(p => p.AmountPence), payments.Count, paidAwards.Count, byBand, byCategory, paidAwards);
    }

    /// <summary>Determinations made (determined on) in the period: each element's finding counted once.</summary>
    public async Task<OmbudsmanDeterminations> DeterminationsAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var (firstDay, afterDay) = Days(from, until);
        var cases = await db.OmbudsmanCases.AsNoTracking().Where(c => c.DeterminedOn >= firstDay && c.DeterminedOn < afterDay).ToListAsync(cancellationToken);
        var references = cases.Select(c => c.OmbudsmanCaseReference).ToList();
        var findings = (await db.OmbudsmanFindings.AsNoTracking().Where(f => references.Contains(f.OmbudsmanCaseReference)).ToListAsync(cancellationToken))
            .ToLookup(f => f.OmbudsmanCaseReference);
        var determined = cases.OrderBy(c => c.OmbudsmanCaseReference, StringComparer.Ordinal)
            .Select(c => new DeterminedCase(c.OmbudsmanCaseReference, c.DeterminedOn!.Value, c.ComplaintIds,
                findings[c.OmbudsmanCaseReference].OrderBy(f => f.Number).Select(f => f.Finding).ToList()))
            .ToList();
        var byFinding = determined.SelectMany(c => c.Findings.Select(f => (Case: c.OmbudsmanCaseReference, Finding: f)))
            .GroupBy(x => x.Finding).OrderBy(g => g.Key)
            .Select(g => new FindingCount(g.Key, g.Count(), g.Select(x => x.Case).Distinct().Count())).ToList();
        return new OmbudsmanDeterminations(determined.Count, byFinding.Sum(f => f.Elements), byFinding, determined);
    }

    /// <summary>Orders due in the period, and whether each was complied with by its due day, after it, or not yet.</summary>
    public async Task<OmbudsmanOrdersDue> OrdersDueAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var (firstDay, afterDay) = Days(from, until);
        var orders = (await db.OmbudsmanOrders.AsNoTracking().Where(o => o.DueOn >= firstDay && o.DueOn < afterDay).ToListAsync(cancellationToken))
            .OrderBy(o => o.DueOn).ThenBy(o => o.OrderId)
            .Select(o => new DueOrder(o.OrderId, o.OmbudsmanCaseReference, o.ComplaintId, o.Type, o.DueOn, o.CompliedOn, o.OnTime)).ToList();
        var byType = orders.GroupBy(o => o.Type).OrderBy(g => g.Key)
            .Select(g => new OrderTypeCount(g.Key, g.Count(), g.Count(o => o.OnTime == true), g.Count(o => o.OnTime == false), g.Count(o => o.CompliedOn is null)))
            .ToList();
        return new OmbudsmanOrdersDue(orders.Count, orders.Count(o => o.OnTime == true), orders.Count(o => o.OnTime == false),
            orders.Count(o => o.CompliedOn is null), byType, orders);
    }

    /// <summary>Restrictions decided (by the instant of the decision) in the period, by kind, with their appeals.</summary>
    public async Task<RestrictionsDecided> RestrictionsDecidedAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var restrictions = (await db.Restrictions.AsNoTracking().Where(r => r.DecidedAt >= from && r.DecidedAt < until).ToListAsync(cancellationToken))
            .OrderBy(r => r.DecidedAt).ThenBy(r => r.RestrictionId).ToList();
        var byKind = restrictions.GroupBy(r => r.Kind).OrderBy(g => g.Key).Select(g => new KindCount(g.Key, g.Count())).ToList();
        return new RestrictionsDecided(restrictions.Count, byKind, restrictions.Count(r => r.AppealedAt is not null), restrictions.Count(r => r.AppealUpheld == true),
            restrictions.Select(r => new DecidedRestriction(r.Reference, r.Kind, r.DecidedAt, r.ReviewDueOn, r.Reviews, r.LiftedAt, r.AppealUpheld)).ToList());
    }

    private static (DateOnly First, DateOnly After) Days(DateTimeOffset from, DateTimeOffset until) => (LondonTime.Date(from), LondonTime.Date(until));
}
