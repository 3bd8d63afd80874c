using Complaints.Intake.Contracts;
using Complaints.Kernel.Persistence;
using Complaints.Reporting.Annual;
using Complaints.Reporting.AnnualReports.SelfAssessment;
using Complaints.Reporting.Contracts;
using Complaints.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Reporting.AnnualReports;

/// <summary>
/// Puts a year's report together: the complaint figures and the figures on putting things right from the read models,
/// compliments and feedback through Intake's contract (they are never complaints), and the self-assessment citing the
/// year's own figures.
/// </summary>
internal sealed class AnnualReportBuilder(
    ReportingDbContext db, ComplaintFigures complaints, AnnualFiguresReader remedies, IFeedbackCounts feedback,
    SelfAssessmentReader selfAssessment, PolicyLabels labels, TimeProvider clock, UnitOfWork unitOfWork)
{
    /// <summary>
    /// The report, read from one snapshot: its figures come from a dozen queries, and the read-model projector commits a
    /// page of events at a time, so without one a response could be counted in one figure (its service improvement)
    /// and missing from another (the outcomes) read a moment before.
    /// </summary>
    public Task<AnnualReport> BuildAsync(ReportingYear year, CancellationToken cancellationToken) =>
        unitOfWork.ReadSnapshotAsync(() => BuildNowAsync(year, cancellationToken), cancellationToken);

    private async Task<AnnualReport> BuildNowAsync(ReportingYear year, CancellationToken cancellationToken)
    {
        var figures = new YearFigures(
            await complaints.VolumesAsync(year, cancellationToken),
            await complaints.TimelinessAsync(year, cancellationToken),
            await complaints.RefusalsAsync(year, cancellationToken),
            await OmbudsmanAsync(year, cancellationToken),
            await ImprovementsAsync(year, cancellationToken),
            Compensation(await remedies.CompensationPaidAsync(year.From, year.Until, cancellationToken)));
        return new AnnualReport(year, labels.Landlord, clock.GetUtcNow(),
            figures.Volumes, figures.Timeliness, figures.Refusals, figures.Ombudsman, figures.ServiceImprovements, figures.Compensation,
            await ComplimentsAndFeedbackAsync(year, cancellationToken), await selfAssessment.ReadAsync(year.StartYear, figures, cancellationToken));
    }

    private async Task<OmbudsmanOutcomes> OmbudsmanAsync(ReportingYear year, CancellationToken cancellationToken)
    {
        var (from, until) = (year.From, year.Until);
        var referrals = await db.OmbudsmanCases.CountAsync(c => c.ReferredAt >= from && c.ReferredAt < until, cancellationToken);
        var determinations = await remedies.DeterminationsAsync(from, until, cancellationToken);
        var orders = await remedies.OrdersDueAsync(from, until, cancellationToken);
        return new OmbudsmanOutcomes(referrals, determinations.Determinations,
            determinations.ByFinding.Select(f => new Tally(f.Finding.ToString(), PolicyLabels.Words(f.Finding.ToString()), f.Elements)).ToList(),
            orders.Due, orders.CompliedOnTime, orders.CompliedLate, orders.Outstanding);
    }

    private async Task<IReadOnlyList<ServiceImprovement>> ImprovementsAsync(ReportingYear year, CancellationToken cancellationToken)
    {
        var (from, until) = (year.From, year.Until);
        var made = await db.ServiceImprovements.AsNoTracking().Where(i => i.MadeAt >= from && i.MadeAt < until)
            .Join(db.Complaints, i => i.ComplaintId, c => c.ComplaintId, (i, c) => new { c.Reference, i.Description, i.MadeAt, i.Stage, i.Number })
            .ToListAsync(cancellationToken);
        return made.OrderBy(i => i.MadeAt).ThenBy(i => i.Reference, StringComparer.Ordinal).ThenBy(i => i.Stage).ThenBy(i => i.Number)
            .Select(i => new ServiceImprovement(i.Reference ?? "", i.Description, i.MadeAt)).ToList();
    }

    private static CompensationPaid Compensation(Annual.CompensationPaid paid) => new(paid.Awards, paid.TotalPence,
        paid.ByBand.Select(b => new Amount(b.Band, b.Band.Length == 0 ? "No band recorded" : b.Band, b.Awards, b.Pence)).ToList(),
        paid.ByCategory.Select(c => new Amount(c.Category.ToString(), PolicyLabels.Words(c.Category.ToString()), null, c.Pence)).ToList());

    private async Task<IReadOnlyList<Tally>> ComplimentsAndFeedbackAsync(ReportingYear year, CancellationToken cancellationToken) =>
        (await feedback.CountByMonthAsync(year.From, year.Until, cancellationToken))
            .GroupBy(c => c.Kind).Select(g => new Tally(g.Key, PolicyLabels.Words(g.Key), g.Sum(c => c.Count)))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Label, StringComparer.Ordinal).ToList();
}
