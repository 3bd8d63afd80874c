using Complaints.HousingSystem.Contracts;
using Complaints.Reporting.Contracts;
using Complaints.Reporting.Persistence;
using Complaints.Reporting.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Complaints.Reporting.Tsm;

/// <summary>
/// Works CH01 and CH02 out of <c>reporting_complaints</c> in one aggregate query (COUNT … GROUP BY stock type) under
/// the profile's counting rule for the year; whether a response was in time is the lifecycle's verdict, kept by the
/// read model when its clock was settled. The lines behind the figures are read a page at a time, apart.
/// </summary>
internal sealed class TenantSatisfactionMeasuresReader(ReportingDbContext db, IOptions<ReportingOptions> options, IOptions<ReportingPolicy> policy)
{
    private static readonly StockType?[] Reported = [StockType.LowCostRental, StockType.LowCostHomeOwnership, StockType.Other, null];

    public async Task<TenantSatisfactionMeasures> ReadAsync(ReportingYear year, CancellationToken cancellationToken)
    {
        var rule = policy.Value.RuleFor(year.StartYear);
        var counts = await TsmRows.Of(db, year, rule).GroupBy(r => r.StockType)
            .Select(g => new StockCounts(g.Key, g.Count(r => r.Ch01Stage1), g.Count(r => r.Ch01Stage2), g.Count(r => r.Ch02Stage1),
                g.Count(r => r.Ch02Stage1InTime), g.Count(r => r.Ch02Stage2), g.Count(r => r.Ch02Stage2InTime)))
            .AsNoTracking().ToListAsync(cancellationToken);
        var (rental, ownership) = (options.Value.LowCostRentalHomes, options.Value.LowCostHomeOwnershipHomes);
        var byStockType = Reported.Select(type =>
            Figures(type, false, HomesOf(type, rental, ownership), counts.SingleOrDefault(c => c.StockType == type) ?? Zero(type), rule)).ToList();
        var total = new StockCounts(null, counts.Sum(c => c.Ch01Stage1), counts.Sum(c => c.Ch01Stage2), counts.Sum(c => c.Ch02Stage1),
            counts.Sum(c => c.Ch02Stage1InTime), counts.Sum(c => c.Ch02Stage2), counts.Sum(c => c.Ch02Stage2InTime));
        return new TenantSatisfactionMeasures(year, rule, rental, ownership, Figures(null, true, rental + ownership, total, rule), byStockType);
    }

    /// <summary>Every complaint a figure of the year counts, by reference, a page at a time after <paramref name="afterReference"/>.</summary>
    public async Task<IReadOnlyList<TsmRow>> LinesAsync(ReportingYear year, int pageSize, string? afterReference, CancellationToken cancellationToken)
    {
        var rows = TsmRows.Of(db, year, policy.Value.RuleFor(year.StartYear))
            .Where(r => r.Ch01Stage1 || r.Ch01Stage2 || r.Ch02Stage1 || r.Ch02Stage2);
        if (afterReference is not null)
            rows = rows.Where(r => string.Compare(r.Reference, afterReference) > 0);
        return await rows.OrderBy(r => r.Reference).ThenBy(r => r.ComplaintId).Take(pageSize).AsNoTracking().ToListAsync(cancellationToken);
    }

    private static int HomesOf(StockType? type, int rental, int ownership) => type switch
    {
        StockType.LowCostRental => rental,
        StockType.LowCostHomeOwnership => ownership,
        _ => 0, // the Regulator asks for no figure per 1,000 homes of other or unknown stock
    };

    private static StockCounts Zero(StockType? type) => new(type, 0, 0, 0, 0, 0, 0);

    private static StockFigures Figures(StockType? type, bool allStock, int homes, StockCounts counts, TsmCountingRule rule) =>
        new(type, allStock, homes,
            PerThousandHomes("CH01-1", counts.Ch01Stage1, homes, TsmRuleText.Ch01Stage1(rule)),
            PerThousandHomes("CH01-2", counts.Ch01Stage2, homes, TsmRuleText.Ch01Stage2(rule)),
            Percentage("CH02-1", counts.Ch02Stage1InTime, counts.Ch02Stage1, TsmRuleText.Ch02(rule, 1)),
            Percentage("CH02-2", counts.Ch02Stage2InTime, counts.Ch02Stage2, TsmRuleText.Ch02(rule, 2)));

    private static Measure PerThousandHomes(string code, int counted, int homes, string rule) =>
        new(code, homes == 0 ? null : Math.Round(counted * 1000.0 / homes, 2), counted, homes, rule);

    private static Measure Percentage(string code, int inTime, int responses, string rule) =>
        new(code, responses == 0 ? null : Math.Round(inTime * 100.0 / responses, 2), inTime, responses, rule);
}
