using System.Globalization;
using Complaints.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Reporting.AnnualReports.SelfAssessment;

/// <summary>
/// The self-assessment for a year: every provision of the Code with the system's evidence, the year's own figure where
/// one backs the provision (so the evidence is this year's, not a claim), and the landlord's answer and commentary.
/// </summary>
internal sealed class SelfAssessmentReader(ReportingDbContext db)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public async Task<IReadOnlyList<SelfAssessmentEntry>> ReadAsync(int reportingYear, YearFigures figures, CancellationToken cancellationToken)
    {
        var answers = await db.SelfAssessmentAnswers.AsNoTracking().Where(a => a.ReportingYear == reportingYear)
            .ToDictionaryAsync(a => a.ProvisionId, cancellationToken);
        return ProvisionCatalogue.Provisions.Select(provision =>
        {
            var evidence = FigureFor(provision.Figure, figures) is { } figure ? [.. provision.Evidence, figure] : provision.Evidence;
            return answers.TryGetValue(provision.Id, out var answer)
                ? new SelfAssessmentEntry(provision, evidence, answer.Compliance, answer.Commentary, answer.UpdatedBy, answer.UpdatedAt, answer.Version)
                : new SelfAssessmentEntry(provision, evidence, Compliance.NotAnswered, "", null, null, 0);
        }).ToList();
    }

    /// <summary>An answer just saved, as an entry (with the provision's standing evidence, without the year's figure).</summary>
    public static SelfAssessmentEntry Entry(SelfAssessmentAnswer answer)
    {
        var provision = ProvisionCatalogue.Find(answer.ProvisionId)!;
        return new(provision, provision.Evidence, answer.Compliance, answer.Commentary, answer.UpdatedBy, answer.UpdatedAt, answer.Version);
    }

    /// <summary>The sentence of this year's figures that backs a provision, by the key the catalogue gives it.</summary>
    private static string? FigureFor(string? key, YearFigures f) => key switch
    {
        "channels" => $"This year: stage 1 complaints came by {f.Volumes.ByChannel.Count} channel(s){Largest(f.Volumes.ByChannel)}.",
        "refusals" => $"This year: {Sum(f.Refusals)} complaint(s) not accepted{Largest(f.Refusals)}.",
        "timeliness.acknowledge" => $"This year: {Percent(f.Timeliness, 1, t => t.AcknowledgedInTimePercent)} of stage 1 and {Percent(f.Timeliness, 2, t => t.AcknowledgedInTimePercent)} of stage 2 acknowledgements were within the timescale.",
        "timeliness.stage1" => $"This year: {Percent(f.Timeliness, 1, t => t.RespondedInTimePercent)} of stage 1 responses were within the timescale; {Stage(f.Timeliness, 1)?.Extended ?? 0} were extended.",
        "timeliness.stage2" => $"This year: {Percent(f.Timeliness, 2, t => t.RespondedInTimePercent)} of stage 2 responses were within the timescale; {Stage(f.Timeliness, 2)?.Extended ?? 0} were extended.",
        "outcomes" => $"This year: {Sum(f.Volumes.ByOutcome)} response(s) issued{Largest(f.Volumes.ByOutcome)}.",
        "stage2.volume" => $"This year: {f.Volumes.Stage2Received} complaint(s) escalated to stage 2, against {f.Volumes.Stage1Received} received at stage 1.",
        "compensation" => $"This year: {f.Compensation.Awards} award(s) paid, {(f.Compensation.TotalPence / 100m).ToString("C", English)} in all.",
        "ombudsman" => $"This year: {f.Ombudsman.Determinations} determination(s); of orders due, {f.Ombudsman.OrdersCompliedOnTime} complied with on time, {f.Ombudsman.OrdersCompliedLate} late and {f.Ombudsman.OrdersOutstanding} outstanding.",
        "improvements" => $"This year: {f.ServiceImprovements.Count} change(s) of policy or process recorded on responses.",
        _ => null,
    };

    private static int Sum(IReadOnlyList<Tally> tallies) => tallies.Sum(t => t.Count);

    private static string Largest(IReadOnlyList<Tally> tallies) =>
        tallies.MaxBy(t => t.Count) is { Count: > 0 } most ? $", most often {most.Label.TrimEnd('.')} ({most.Count})" : "";

    private static StageTimeliness? Stage(IReadOnlyList<StageTimeliness> stages, int stage) => stages.FirstOrDefault(t => t.Stage == stage);

    private static string Percent(IReadOnlyList<StageTimeliness> stages, int stage, Func<StageTimeliness, double?> percent) =>
        Stage(stages, stage) is { } t && percent(t) is { } p ? p.ToString("0.#", English) + "%" : "none (none due)";
}

/// <summary>The year's figures the self-assessment cites: the report without its self-assessment.</summary>
internal sealed record YearFigures(
    ComplaintVolumes Volumes, IReadOnlyList<StageTimeliness> Timeliness, IReadOnlyList<Tally> Refusals,
    OmbudsmanOutcomes Ombudsman, IReadOnlyList<ServiceImprovement> ServiceImprovements, CompensationPaid Compensation);
