using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Reporting.Api.V1;
using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Reporting;

/// <summary>
/// CH01 and CH02 worked out of the read models the event log feeds, per stock type and for all stock, under each
/// counting flag on and off, checked against figures worked by hand for reporting year 2026 (1 April 2026 – 31 March
/// 2027), code2024 timescales (stage 1: acknowledge 5 wd from receipt, respond 10 wd from acknowledgement; stage 2:
/// respond 20 wd from acknowledgement), 2,000 low-cost rental and 500 low-cost home ownership homes. The stub HMS knows
/// TEN-R (social rent: low-cost rental) and TEN-O (shared ownership: low-cost home ownership); TEN-000123 is unknown
/// to it, so that complaint's stock type is never known. See <see cref="TsmYear"/> for the complaints.
/// <para>Stage 1 complaints (CH01-1) received in the year and entered stage 1: A, B, H (rental), E (ownership), G
/// (unknown, withdrawn in stage 1); F (rental) was declined. Escalations (CH01-2): A (rental), H (rental, refused).
/// Stage 1 responses in the year (CH02-1): A in time, B late, H in time (rental); C in time, E in time only by its
/// extension (ownership). Stage 2 responses (CH02-2): A late (rental).</para>
/// <list type="table">
/// <item>Profile rule (withdrawn counted, not accepted not, extension in time): CH01-1 rental A,B,H 3 × 1000 / 2000 =
///   1.5, ownership E 1 × 1000 / 500 = 2.0, unknown G 1 (no homes: no value), all 5 × 1000 / 2500 = 2.0; CH01-2 rental A
///   1 → 0.5, all 0.4; CH02-1 rental 2 of 3 = 66.67, ownership C,E 2 of 2 = 100, all 4 of 5 = 80; CH02-2 0 of 1 = 0.</item>
/// <item>Every flag on: CH01-1 rental A,B,F,H 4 → 2.0, ownership 2.0, unknown 1, all 6 → 2.4; CH01-2 rental A,H 2 →
///   1.0, all 0.8; CH02-1 as above (80, 66.67, 100).</item>
/// <item>Every flag off: CH01-1 rental 3 → 1.5, ownership 2.0, unknown 0, all 4 → 1.6; CH01-2 rental 0.5, all 0.4;
///   CH02-1 ownership C only 1 of 2 = 50, rental 66.67, all A,C,H 3 of 5 = 60.</item>
/// </list>
/// </summary>
public sealed class TenantSatisfactionMeasuresTests
{
    private const string AllOn = """
        [{ "fromReportingYear": 2026, "countWithdrawn": true, "countNotAccepted": true, "extensionCountsAsInTime": true, "clause": "all on" },
         { "fromReportingYear": 2025, "countWithdrawn": false, "countNotAccepted": false, "extensionCountsAsInTime": false, "clause": "all off, 2025" }]
        """;

    private const string AllOff = """
        [{ "fromReportingYear": 2026, "countWithdrawn": false, "countNotAccepted": false, "extensionCountsAsInTime": false, "clause": "all off" }]
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetTenantSatisfactionMeasures_ForAYearOfComplaints_MatchesFiguresWorkedByHand_UnderEachCountingFlag(string provider)
    {
        await using var year = await TsmYear.SeedAsync(provider);

        var profileRule = await year.MeasuresAsync(2026, null, m => Stock(m, StockType.Unknown).Ch01Stage1.Numerator == 1 && m.Ch02Stage2.Denominator == 1
            && Stock(m, StockType.LowCostHomeOwnership).Ch02Stage1.Denominator == 2 && Stock(m, StockType.LowCostRental).Ch01Stage1.Numerator == 3);
        var allOn = await year.MeasuresAsync(2026, AllOn, m => m.Ch01Stage1.Numerator == 6 && Stock(m, StockType.LowCostRental).Ch01Stage1.Numerator == 4);
        var allOff = await year.MeasuresAsync(2026, AllOff, m => m.Ch01Stage1.Numerator == 4);

        Assert.Equal((2024, true, false, true), Flags(profileRule.CountingRules));
        Assert.NotEmpty(profileRule.CountingRules.Clause);
        Assert.Equal((2000, 500), (profileRule.LowCostRentalHomes, profileRule.LowCostHomeOwnershipHomes));
        Assert.Equal([StockType.LowCostRental, StockType.LowCostHomeOwnership, StockType.Other, StockType.Unknown], profileRule.StockTypes.Select(s => s.StockType));
        AssertFigures(profileRule, Ch01Stage1: (1.5, 3, 2.0, 1, 1, 2.0, 5), Ch01Stage2: (0.5, 1, 0.4, 1), Ch02Stage1: (66.67, 2, 3, 100.0, 2, 2, 80.0, 4, 5));
        Assert.Equal((0.0, 0, 1), (profileRule.Ch02Stage2.Value, profileRule.Ch02Stage2.Numerator, profileRule.Ch02Stage2.Denominator));
        Assert.Equal((0.0, 0, 1), Figure(Stock(profileRule, StockType.LowCostRental).Ch02Stage2));
        Assert.False(Stock(profileRule, StockType.Unknown).Ch01Stage1.HasValue); // no homes of unknown stock: no rate, only the count
        Assert.Equal(2500, profileRule.Ch01Stage1.Denominator);

        Assert.Equal((2026, true, true, true), Flags(allOn.CountingRules));
        AssertFigures(allOn, Ch01Stage1: (2.0, 4, 2.0, 1, 1, 2.4, 6), Ch01Stage2: (1.0, 2, 0.8, 2), Ch02Stage1: (66.67, 2, 3, 100.0, 2, 2, 80.0, 4, 5));
        Assert.Contains("refused escalations included", allOn.Ch01Stage2.Rule);

        Assert.Equal((2026, false, false, false), Flags(allOff.CountingRules));
        AssertFigures(allOff, Ch01Stage1: (1.5, 3, 2.0, 1, 0, 1.6, 4), Ch01Stage2: (0.5, 1, 0.4, 1), Ch02Stage1: (66.67, 2, 3, 50.0, 1, 2, 60.0, 3, 5));
        Assert.Contains("counts as late", allOff.Ch02Stage1.Rule);

        // The year before falls under the 2025 rule of the same profile: C, received 30 March 2026, is its one complaint.
        var lastYear = await year.MeasuresAsync(2025, AllOn, m => m.Ch01Stage1.Numerator == 1);
        Assert.Equal((2025, false, false, false), Flags(lastYear.CountingRules));
        Assert.Equal((0.4, 1), (lastYear.Ch01Stage1.Value, lastYear.Ch01Stage1.Numerator));
        Assert.Equal(1, Stock(lastYear, StockType.LowCostHomeOwnership).Ch01Stage1.Numerator);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetTenantSatisfactionMeasures_WithLines_ListsEveryComplaintCounted_PageByPage_WithWhyItCounts(string provider)
    {
        await using var year = await TsmYear.SeedAsync(provider);
        await year.MeasuresAsync(2026, AllOn, m => m.Ch01Stage1.Numerator == 6 && Stock(m, StockType.LowCostHomeOwnership).Ch02Stage1.Denominator == 2);

        var lines = new List<TsmLine>();
        var pages = 0;
        var request = new GetTenantSatisfactionMeasuresRequest { ReportingYear = 2026, IncludeLines = true, PageSize = 3 };
        do
        {
            var page = await year.Host!.Reporting.GetTenantSatisfactionMeasuresAsync(request, Caller.Exactly("rita", "report-reader")).ResponseAsync;
            lines.AddRange(page.Lines);
            request.PageToken = page.NextPageToken;
            pages++;
        }
        while (request.PageToken != "" && pages < 10);

        // A, B, C, E, F, G, H: every complaint a figure counts, once each, by reference; D (received the year after) is not.
        var counted = new[] { year.A, year.B, year.C, year.E, year.F, year.G, year.H }.Select(c => c.Reference).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(counted, lines.Select(l => l.Reference));
        Assert.Equal(3, pages);
        var e = lines.Single(l => l.Reference == year.E.Reference);
        Assert.Equal((StockType.LowCostHomeOwnership, true, false, true), (e.StockType, e.Ch01Stage1, e.Ch01Stage2, e.Ch02Stage1InTime));
        Assert.Contains(e.Reasons, r => r.StartsWith("CH02-1: responded 2026-07-30, in time within an extension", StringComparison.Ordinal));
        var c = lines.Single(l => l.Reference == year.C.Reference);
        Assert.Equal((false, true), (c.Ch01Stage1, c.Ch02Stage1InTime)); // received the year before, answered in this one
        var b = lines.Single(l => l.Reference == year.B.Reference);
        Assert.Equal((StockType.LowCostRental, false), (b.StockType, b.Ch02Stage1InTime));
        Assert.False(b.HasCh02Stage2InTime);
        var f = lines.Single(l => l.Reference == year.F.Reference);
        Assert.Contains(f.Reasons, r => r.Contains("not accepted (counted: count_not_accepted)", StringComparison.Ordinal));
        var h = lines.Single(l => l.Reference == year.H.Reference);
        Assert.True(h.Ch01Stage2);
        Assert.Contains(h.Reasons, r => r.Contains("escalation refused (counted: count_not_accepted)", StringComparison.Ordinal));
        Assert.Equal(StockType.Unknown, lines.Single(l => l.Reference == year.G.Reference).StockType);
        Assert.Equal(6, lines.Count(l => l.Ch01Stage1));
    }

    [Fact]
    public async Task RebuildReadModels_WhenAskedByAnAdministrator_ReplaysTheLogToTheSameFigures()
    {
        await using var host = await RunningHost.StartAtAsync(TsmYear.Today, "--Reporting:LowCostRentalHomes=1000");
        var a = await TsmYear.RespondedAsync(host, "TEN-000123", "2026-05-05 10:00", "2026-05-07 15:00");
        var before = await TsmYear.MeasuresAsync(host, 2026, m => m.Ch02Stage1.Denominator == 1);

        await host.Reporting.RebuildReadModelsAsync(new RebuildReadModelsRequest(), Caller.Exactly("ada", "administrator")).ResponseAsync;
        var after = await TsmYear.MeasuresAsync(host, 2026, m => m.Ch02Stage1.Denominator == 1);

        Assert.Equal(before, after);
        Assert.Equal((100.0, 1, 1), Figure(after.Ch02Stage1));
        Assert.Equal(1.0, after.Ch01Stage1.Value);
        Assert.Equal(1, Stock(after, StockType.Unknown).Ch01Stage1.Numerator);
        var lines = (await host.Reporting.GetTenantSatisfactionMeasuresAsync(new GetTenantSatisfactionMeasuresRequest { ReportingYear = 2026, IncludeLines = true },
            Caller.Exactly("rita", "report-reader")).ResponseAsync).Lines;
        Assert.Equal([(a.Reference, true)], lines.Select(l => (l.Reference, l.Ch02Stage1InTime)));
    }

    [Fact]
    public async Task RebuildReadModels_WhenAskedByAReportReader_IsRefused()
    {
        await using var host = await RunningHost.StartAsync();

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            host.Reporting.RebuildReadModelsAsync(new RebuildReadModelsRequest(), Caller.Exactly("rita", "report-reader")).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }

    private static StockTypeMeasures Stock(GetTenantSatisfactionMeasuresResponse measures, StockType type) =>
        measures.StockTypes.Single(s => s.StockType == type);

    private static (int, bool, bool, bool) Flags(CountingRules rules) =>
        (rules.FromReportingYear, rules.CountWithdrawn, rules.CountNotAccepted, rules.ExtensionCountsAsInTime);

    private static (double?, int, int) Figure(Measure measure) => (measure.HasValue ? measure.Value : null, measure.Numerator, measure.Denominator);

    /// <summary>
    /// CH01-1: rental value and count, ownership value and count, unknown count, all-stock value and count; CH01-2:
    /// rental value and count, all-stock value and count; CH02-1: rental, ownership and all-stock value, in time, responses.
    /// </summary>
    private static void AssertFigures(GetTenantSatisfactionMeasuresResponse m,
        (double, int, double, int, int, double, int) Ch01Stage1, (double, int, double, int) Ch01Stage2, (double, int, int, double, int, int, double, int, int) Ch02Stage1)
    {
        var (rental, ownership, unknown) = (Stock(m, StockType.LowCostRental), Stock(m, StockType.LowCostHomeOwnership), Stock(m, StockType.Unknown));
        Assert.Equal(Ch01Stage1, (rental.Ch01Stage1.Value, rental.Ch01Stage1.Numerator, ownership.Ch01Stage1.Value, ownership.Ch01Stage1.Numerator,
            unknown.Ch01Stage1.Numerator, m.Ch01Stage1.Value, m.Ch01Stage1.Numerator));
        Assert.Equal(Ch01Stage2, (rental.Ch01Stage2.Value, rental.Ch01Stage2.Numerator, m.Ch01Stage2.Value, m.Ch01Stage2.Numerator));
        Assert.Equal(Ch02Stage1, (rental.Ch02Stage1.Value, rental.Ch02Stage1.Numerator, rental.Ch02Stage1.Denominator,
            ownership.Ch02Stage1.Value, ownership.Ch02Stage1.Numerator, ownership.Ch02Stage1.Denominator,
            m.Ch02Stage1.Value, m.Ch02Stage1.Numerator, m.Ch02Stage1.Denominator));
        Assert.Equal(0, Stock(m, StockType.Other).Ch01Stage1.Numerator);
    }
}
