using Complaints.Compensation.Contracts;
using Complaints.OmbudsmanLiaison.Contracts;
using Complaints.Reporting.Annual;
using Complaints.Reporting.Contracts;
using Complaints.Reporting.ReadModels;
using Complaints.VexatiousBehaviour.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static Complaints.Compensation.Contracts.CompensationCategory;
using static Complaints.OmbudsmanLiaison.Contracts.OmbudsmanFinding;

namespace Complaints.Reporting.Tests;

/// <summary>
/// The annual figures on compensation, the Ombudsman and restrictions, worked out of the read models the contracts'
/// events feed, for reporting year 2026 (from 2026-03-31T23:00Z to 2027-03-31T23:00Z), against figures worked by hand:
/// <list type="bullet">
/// <item>Awards. A1 (Maladministration, £125.99: fixed sum 3000, time and trouble 5000, financial loss 4599) paid in full
///   on 10 Jun 2026. A2 (Significant impact, £800: distress 60000, time and trouble 20000) paid 30000 on 31 Mar 2027 and
///   50000 on 1 Apr 2027 (next year): 30000 splits 22500 / 7500. A3 (Service failure, £1) paid 31 Mar 2026 (last year).
///   A4 (Service failure, £10: time and trouble 333, distress 667) paid 500 on 1 Dec 2026: 166.5 and 333.5, the spare
///   penny to the first in the categories' order (time and trouble before distress), so 167 / 333. Total 43099 in 3 payments on 3 awards; by band Service failure 500,
///   Maladministration 12599, Significant impact 30000; by category financial loss 4599, time and trouble
///   5000 + 7500 + 167 = 12667, distress 22500 + 333 = 22833, fixed sum 3000.</item>
/// <item>Determinations. C1 on 15 Sep 2026: maladministration, service failure, outside jurisdiction. C2 on 1 Mar 2027:
///   severe maladministration, maladministration. C3 on 20 Mar 2026 (last year). OLD-1 on 1 Jul 2026, logged before
///   events named complaints: no maladministration. So 3 determinations, 6 elements; maladministration 2 in 2.</item>
/// <item>Orders due in the year: O1 apology due 13 Oct 2026, complied 10 Oct (on time); O2 compensation due 13 Oct,
///   complied 20 Oct (late); O3 works due 29 Mar 2027, outstanding; O4 apology (of C3) due 17 Apr 2026, complied 16 Apr.
///   Due 4: on time 2, late 1, outstanding 1.</item>
/// <item>Restrictions: R0 decided at the year's first instant, R1 on 1 Jun 2026 (appealed, dismissed; reviewed once),
///   R2 on 1 Feb 2027 (appeal upheld, lifted), R3 at the instant the year ends (next year's). Decided 3: written contact
///   only 2, limited calls 1; appealed 2, upheld 1.</item>
/// </list>
/// </summary>
public sealed class AnnualFiguresTests
{
    private static readonly ReportingYear Year = new(2026);
    private static readonly Guid X = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid Y = Guid.Parse("22222222-2222-2222-2222-222222222222");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnnualFigures_ForAYearOfEvents_MatchFiguresWorkedByHand_AndARebuildGivesTheSame(string provider)
    {
        await using var host = await ReportingHost.StartAsync(provider);
        await PublishYearAsync(host);
        await host.CaughtUpAsync();

        var before = await FiguresAsync(host);
        await host.QueryAsync(async services =>
        {
            await services.GetRequiredService<ReadModelRebuild>().RebuildAsync(CancellationToken.None);
            return 0;
        });
        await host.CaughtUpAsync();
        var after = await FiguresAsync(host);

        AssertWorkedByHand(before);
        Assert.Equal(Describe(before), Describe(after));
    }

    private static void AssertWorkedByHand(Figures figures)
    {
        var paid = figures.Paid;
        Assert.Equal((43099L, 3, 3), (paid.TotalPence, paid.Payments, paid.Awards));
        Assert.Equal([("Service failure", 1, 500L), ("Maladministration", 1, 12599L), ("Significant impact", 1, 30000L)],
            paid.ByBand.Select(b => (b.Band, b.Awards, b.Pence)));
        Assert.Equal([(FinancialLoss, 4599L), (TimeAndTrouble, 12667L), (DistressAndInconvenience, 22833L), (FixedSum, 3000L)],
            paid.ByCategory.Select(c => (c.Category, c.Pence)));
        Assert.Equal(paid.TotalPence, paid.ByCategory.Sum(c => c.Pence));
        Assert.Equal([("AWD-1", 12599L), ("AWD-2", 30000L), ("AWD-4", 500L)], paid.PaidAwards.Select(a => (a.Reference, a.PaidPence)));

        var determined = figures.Determinations;
        Assert.Equal((3, 6), (determined.Determinations, determined.Elements));
        Assert.Equal([(NoMaladministration, 1, 1), (ServiceFailure, 1, 1), (Maladministration, 2, 2), (SevereMaladministration, 1, 1), (OutsideJurisdiction, 1, 1)],
            determined.ByFinding.Select(f => (f.Finding, f.Elements, f.Determinations)));
        Assert.Equal(["C1", "C2", "OLD-1"], determined.Cases.Select(c => c.OmbudsmanCaseReference));
        Assert.Equal([X], determined.Cases[0].ComplaintIds);

        var orders = figures.Orders;
        Assert.Equal((4, 2, 1, 1), (orders.Due, orders.CompliedOnTime, orders.CompliedLate, orders.Outstanding));
        Assert.Equal([4L, 1L, 2L, 3L], orders.Orders.Select(o => o.OrderId));
        Assert.Equal([(OmbudsmanOrderType.Apology, 2, 2, 0, 0), (OmbudsmanOrderType.Compensation, 1, 0, 1, 0), (OmbudsmanOrderType.Works, 1, 0, 0, 1)],
            orders.ByType.Select(t => (t.Type, t.Due, t.CompliedOnTime, t.CompliedLate, t.Outstanding)));

        var restrictions = figures.Restrictions;
        Assert.Equal((3, 2, 1), (restrictions.Decided, restrictions.Appealed, restrictions.AppealsUpheld));
        Assert.Equal([(RestrictionKind.WrittenContactOnly, 2), (RestrictionKind.LimitedCalls, 1)], restrictions.ByKind.Select(k => (k.Kind, k.Decided)));
        Assert.Equal([("R0", 0, false), ("R1", 1, false), ("R2", 0, true)],
            restrictions.Restrictions.Select(r => (r.Reference, r.Reviews, r.LiftedAt is not null)));
        Assert.Equal(new DateOnly(2027, 3, 1), restrictions.Restrictions[1].ReviewDueOn); // moved on by the review
    }

    private sealed record Figures(CompensationPaid Paid, OmbudsmanDeterminations Determinations, OmbudsmanOrdersDue Orders, RestrictionsDecided Restrictions);

    /// <summary>The figures as text, lists and all: records holding lists compare by reference.</summary>
    private static string Describe(Figures figures) => System.Text.Json.JsonSerializer.Serialize(figures);

    private static Task<Figures> FiguresAsync(ModuleTestHost host) => host.QueryAsync(async services =>
    {
        var reader = services.GetRequiredService<AnnualFiguresReader>();
        return new Figures(
            await reader.CompensationPaidAsync(Year.From, Year.Until, CancellationToken.None),
            await reader.DeterminationsAsync(Year.From, Year.Until, CancellationToken.None),
            await reader.OrdersDueAsync(Year.From, Year.Until, CancellationToken.None),
            await reader.RestrictionsDecidedAsync(Year.From, Year.Until, CancellationToken.None));
    });

    private static async Task PublishYearAsync(ModuleTestHost host)
    {
        await host.PublishAsync(
            Approved(1, "Maladministration", (FixedSum, 3000), (TimeAndTrouble, 5000), (FinancialLoss, 4599)),
            Paid(1, paymentId: 11, 12599, 12599, inFull: true, "2026-06-10"),
            Paid(1, paymentId: 11, 12599, 12599, inFull: true, "2026-06-10"), // the same payment twice counts once
            Approved(2, "Significant impact", (DistressAndInconvenience, 60000), (TimeAndTrouble, 20000)),
            Paid(2, paymentId: 21, 30000, 30000, inFull: false, "2027-03-31"),
            Paid(2, paymentId: 22, 50000, 80000, inFull: true, "2027-04-01"),
            Approved(3, "Service failure", (DistressAndInconvenience, 100)),
            Paid(3, paymentId: 31, 100, 100, inFull: true, "2026-03-31"),
            Approved(4, "Service failure", (TimeAndTrouble, 333), (DistressAndInconvenience, 667)),
            Paid(4, paymentId: 41, 500, 500, inFull: false, "2026-12-01"));

        await host.PublishAsync(
            new ReferralRecordedEvent(1, "C1", [X], Day("2026-05-01"), At("2026-05-01T09:00:00Z")),
            Determined("C1", "2026-09-15", [X], Maladministration, ServiceFailure, OutsideJurisdiction),
            new OrderMadeEvent(1, "C1", X, OmbudsmanOrderType.Apology, null, Day("2026-10-13"), At("2026-09-15T10:00:00Z")),
            new OrderMadeEvent(2, "C1", X, OmbudsmanOrderType.Compensation, 40000, Day("2026-10-13"), At("2026-09-15T10:00:00Z")),
            Determined("C2", "2027-03-01", [Y], SevereMaladministration, Maladministration),
            new OrderMadeEvent(3, "C2", Y, OmbudsmanOrderType.Works, null, Day("2027-03-29"), At("2027-03-01T10:00:00Z")),
            Determined("C3", "2026-03-20", [Y], Maladministration),
            new OrderMadeEvent(4, "C3", Y, OmbudsmanOrderType.Apology, null, Day("2026-04-17"), At("2026-03-20T10:00:00Z")),
            new DeterminationRecordedEvent("OLD-1", Day("2026-07-01"), ["NoMaladministration"], 0),
            Complied(4, "C3", "Apology", "2026-04-17", "2026-04-16"),
            Complied(1, "C1", "Apology", "2026-10-13", "2026-10-10"),
            Complied(2, "C1", "Compensation", "2026-10-13", "2026-10-20"),
            new OrderCompliedEvent("OLD-1", "Apology", Day("2026-07-29"), Day("2026-07-20"), true)); // names no order: left out

        var review = new RestrictionReviewedEvent(2, "R1", RestrictionReviewOutcome.Extend, Day("2027-05-31"), Day("2027-03-01"), "pat", At("2026-09-01T10:00:00Z"));
        await host.PublishAsync(
            Decided(1, "R0", RestrictionKind.WrittenContactOnly, Year.From),
            Decided(2, "R1", RestrictionKind.WrittenContactOnly, At("2026-06-01T10:00:00Z")),
            new RestrictionAppealedEvent(2, "R1", 1, At("2026-06-10T10:00:00Z")),
            new RestrictionAppealDecidedEvent(2, "R1", 1, false, At("2026-06-20T10:00:00Z")),
            review,
            review, // applied once
            Decided(3, "R2", RestrictionKind.LimitedCalls, At("2027-02-01T10:00:00Z")),
            new RestrictionAppealedEvent(3, "R2", 2, At("2027-02-05T10:00:00Z")),
            new RestrictionAppealDecidedEvent(3, "R2", 2, true, At("2027-02-20T10:00:00Z")),
            new RestrictionLiftedEvent(3, "R2", RestrictionLiftedBecause.AppealUpheld, At("2027-02-20T10:00:00Z")),
            Decided(4, "R3", RestrictionKind.WrittenContactOnly, Year.Until));
    }

    private static AwardApprovedEvent Approved(long id, string band, params (CompensationCategory Category, long Pence)[] lines) =>
        new(id, $"AWD-{id}", X, null, lines.Sum(l => l.Pence), lines.Select(l => new CategoryAmount(l.Category, l.Pence)).ToList(), band, "maya",
            At("2026-01-05T10:00:00Z"));

    private static AwardPaidEvent Paid(long awardId, long paymentId, long pence, long paidSoFar, bool inFull, string paidOn) =>
        new(awardId, $"AWD-{awardId}", X, paymentId, pence, paidSoFar, inFull, Day(paidOn), CompensationPaymentMethod.BankTransfer, At($"{paidOn}T12:00:00Z"));

    private static DeterminationRecordedEvent Determined(string caseReference, string on, Guid[] complaints, params OmbudsmanFinding[] findings) =>
        new(caseReference, Day(on), findings.Select(f => f.ToString()).ToList(), 1, complaints,
            findings.Select((f, i) => new DeterminedElement(i + 1, f, complaints[0])).ToList(), At($"{on}T10:00:00Z"));

    private static OrderCompliedEvent Complied(long orderId, string caseReference, string type, string due, string on) =>
        new(caseReference, type, Day(due), Day(on), Day(on) <= Day(due), orderId, X, At($"{on}T15:00:00Z"));

    private static RestrictionDecidedEvent Decided(long id, string reference, RestrictionKind kind, DateTimeOffset at) =>
        new(id, reference, "UBC-1", kind, DateOnly.FromDateTime(at.UtcDateTime), DateOnly.FromDateTime(at.UtcDateTime).AddMonths(6),
            DateOnly.FromDateTime(at.UtcDateTime).AddMonths(3), false, "pat", at);

    private static DateOnly Day(string day) => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
}
