using System.Globalization;
using System.Net;
using System.Text;
using Complaints.Reporting.AnnualReports.SelfAssessment;

namespace Complaints.Reporting.AnnualReports;

/// <summary>
/// The annual report as one printable HTML page: styles inline, charts as inline SVG, no script and nothing fetched, so
/// the file can be saved, mailed to the Board and published as it is. Every chart has the table of its numbers beside
/// it, for readers who cannot see the chart and for anyone checking a figure.
/// </summary>
internal static class AnnualReportPage
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly string[] Months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];

    public static string Render(AnnualReport report)
    {
        var years = $"1 April {report.Year.StartYear} to 31 March {report.Year.StartYear + 1}";
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(report.Landlord)}: complaints performance and service improvement report, {years}</title>
            <style>{Styles}</style>
            </head>
            <body>
            <header><p class="caption">{E(report.Landlord)}</p>
            <h1>Complaints performance and service improvement report</h1>
            <p class="lead">{years}. Produced from the complaints system's records on {report.GeneratedAt.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", English)}.</p></header>
            <main>
            """);
        Summary(html, report);
        Volumes(html, report.Volumes);
        Timeliness(html, report.Timeliness);
        Refusals(html, report.Refusals);
        Ombudsman(html, report.Ombudsman);
        Improvements(html, report.ServiceImprovements);
        Compensation(html, report.Compensation);
        Feedback(html, report.ComplimentsAndFeedback);
        SelfAssessmentTable(html, report.SelfAssessment);
        return html.Append("</main></body></html>").ToString();
    }

    private static void Summary(StringBuilder html, AnnualReport report)
    {
        var stage1 = report.Timeliness.FirstOrDefault(t => t.Stage == 1);
        var stage2 = report.Timeliness.FirstOrDefault(t => t.Stage == 2);
        html.Append("""<section aria-labelledby="summary"><h2 id="summary">The year in figures</h2><dl class="summary">""");
        Figure(html, "Stage 1 complaints received", Count(report.Volumes.Stage1Received));
        Figure(html, "Stage 2 complaints received", Count(report.Volumes.Stage2Received));
        Figure(html, "Stage 1 responses within the timescale", Percent(stage1?.RespondedInTimePercent));
        Figure(html, "Stage 2 responses within the timescale", Percent(stage2?.RespondedInTimePercent));
        Figure(html, "Compensation paid", Money(report.Compensation.TotalPence));
        Figure(html, "Ombudsman determinations", Count(report.Ombudsman.Determinations));
        html.Append("</dl></section>");
    }

    private static void Volumes(StringBuilder html, ComplaintVolumes volumes)
    {
        html.Append("""<section aria-labelledby="volumes"><h2 id="volumes">Complaints received</h2>""");
        html.Append("""<h3>By month and stage</h3><figure>""")
            .Append(SvgBarChart.Grouped("chart-months", "Complaints received by month and stage", Months,
                volumes.ByStageAndMonth.Select(s => (s.Label, s.Months)).ToList()))
            .Append("</figure>");
        html.Append("""<table><caption>Complaints received by month and stage</caption><thead><tr><th scope="col">Stage</th>""");
        foreach (var month in Months)
            html.Append($"""<th scope="col" class="number">{month}</th>""");
        html.Append("""<th scope="col" class="number">Year</th></tr></thead><tbody>""");
        foreach (var series in volumes.ByStageAndMonth)
        {
            html.Append($"""<tr><th scope="row">{E(series.Label)}</th>""");
            foreach (var count in series.Months)
                html.Append($"""<td class="number">{Count(count)}</td>""");
            html.Append($"""<td class="number">{Count(series.Months.Sum())}</td></tr>""");
        }
        html.Append("</tbody></table>");
        TallyChart(html, "chart-channels", "By channel", "Channel", "Stage 1 complaints received by channel", volumes.ByChannel);
        TallyChart(html, "chart-categories", "By category", "Category", "Stage 1 complaints received by category", volumes.ByCategory);
        TallyChart(html, "chart-outcomes", "By outcome", "Outcome", "Responses issued by outcome", volumes.ByOutcome);
        html.Append("</section>");
    }

    private static void Timeliness(StringBuilder html, IReadOnlyList<StageTimeliness> stages)
    {
        html.Append("""<section aria-labelledby="timeliness"><h2 id="timeliness">Timescale performance</h2><figure>""")
            .Append(SvgBarChart.Horizontal("chart-timeliness", "Percentage within the timescale, by stage and step", stages
                .SelectMany(s => new[] { ($"Stage {s.Stage} acknowledged", s.AcknowledgedInTimePercent), ($"Stage {s.Stage} responded", s.RespondedInTimePercent) })
                .Select(r => (r.Item1, r.Item2 ?? 0, Percent(r.Item2))).ToList()))
            .Append("""</figure><table><caption>Acknowledgements and responses within the timescale</caption><thead><tr><th scope="col">Stage</th><th scope="col" class="number">Acknowledged</th><th scope="col" class="number">In time</th><th scope="col" class="number">Responded</th><th scope="col" class="number">In time</th><th scope="col" class="number">Extended</th></tr></thead><tbody>""");
        foreach (var s in stages)
            html.Append($"""<tr><th scope="row">Stage {s.Stage}</th><td class="number">{Count(s.Acknowledged)}</td><td class="number">{InTime(s.AcknowledgedInTime, s.AcknowledgedInTimePercent)}</td><td class="number">{Count(s.Responded)}</td><td class="number">{InTime(s.RespondedInTime, s.RespondedInTimePercent)}</td><td class="number">{Count(s.Extended)}</td></tr>""");
        html.Append("</tbody></table></section>");
    }

    private static void Refusals(StringBuilder html, IReadOnlyList<Tally> refusals)
    {
        html.Append("""<section aria-labelledby="refusals"><h2 id="refusals">Complaints not accepted, and why</h2>""");
        TallyTable(html, "Complaints not accepted, by reason", "Reason", refusals);
        html.Append("</section>");
    }

    private static void Ombudsman(StringBuilder html, OmbudsmanOutcomes ombudsman)
    {
        html.Append("""<section aria-labelledby="ombudsman"><h2 id="ombudsman">The Housing Ombudsman</h2><dl class="summary">""");
        Figure(html, "Complaints referred", Count(ombudsman.Referrals));
        Figure(html, "Determinations", Count(ombudsman.Determinations));
        Figure(html, "Orders due in the year", Count(ombudsman.OrdersDue));
        Figure(html, "Complied with on time", Count(ombudsman.OrdersCompliedOnTime));
        Figure(html, "Complied with late", Count(ombudsman.OrdersCompliedLate));
        Figure(html, "Outstanding", Count(ombudsman.OrdersOutstanding));
        html.Append("</dl>");
        TallyChart(html, "chart-findings", "Findings", "Finding", "Ombudsman findings by kind, per complaint element", ombudsman.Findings);
        html.Append("</section>");
    }

    private static void Improvements(StringBuilder html, IReadOnlyList<ServiceImprovement> improvements)
    {
        html.Append("""<section aria-labelledby="improvements"><h2 id="improvements">Service improvements made</h2>""");
        if (improvements.Count == 0)
            html.Append("<p>No response in the year recorded a change of policy or process.</p>");
        else
        {
            html.Append("""<table><caption>Changes of policy or process promised in responses</caption><thead><tr><th scope="col">Complaint</th><th scope="col">Improvement</th><th scope="col">Date</th></tr></thead><tbody>""");
            foreach (var i in improvements)
                html.Append($"""<tr><td>{E(i.ComplaintReference)}</td><td>{E(i.Description)}</td><td>{i.MadeAt.ToString("d MMM yyyy", English)}</td></tr>""");
            html.Append("</tbody></table>");
        }
        html.Append("</section>");
    }

    private static void Compensation(StringBuilder html, CompensationPaid compensation)
    {
        html.Append($"""<section aria-labelledby="compensation"><h2 id="compensation">Compensation paid</h2><p>{Count(compensation.Awards)} awards paid, {Money(compensation.TotalPence)} in all.</p>""");
        AmountChart(html, "chart-bands", "By band", "Band", "Compensation paid by band", compensation.ByBand);
        AmountChart(html, "chart-award-categories", "By category", "Category", "Compensation paid by category", compensation.ByCategory);
        html.Append("</section>");
    }

    private static void Feedback(StringBuilder html, IReadOnlyList<Tally> feedback)
    {
        html.Append("""<section aria-labelledby="feedback"><h2 id="feedback">Compliments and feedback</h2><p>Counted on their own: none of these is a complaint.</p>""");
        TallyTable(html, "Compliments and feedback received, by kind", "Kind", feedback);
        html.Append("</section>");
    }

    private static void SelfAssessmentTable(StringBuilder html, IReadOnlyList<SelfAssessmentEntry> entries)
    {
        html.Append($"""<section aria-labelledby="self-assessment"><h2 id="self-assessment">Self-assessment against the Code</h2><p>{E(ProvisionCatalogue.Code)}. {E(ProvisionCatalogue.Note)}</p>""");
        html.Append("""<table class="self-assessment"><caption>Each provision, the evidence the system holds, and our assessment</caption><thead><tr><th scope="col">Section</th><th scope="col">What the Code requires</th><th scope="col">Evidence</th><th scope="col">Complies</th><th scope="col">Commentary</th></tr></thead><tbody>""");
        foreach (var entry in entries)
        {
            html.Append($"""<tr id="provision-{E(entry.Provision.Id)}"><td>{entry.Provision.Section}. {E(entry.Provision.SectionTitle)}</td><td>{E(entry.Provision.Requirement)}</td><td><ul>""");
            foreach (var line in entry.Evidence)
                html.Append($"<li>{E(line)}</li>");
            html.Append($"""</ul></td><td>{ComplianceText(entry.Compliance)}</td><td>{E(entry.Commentary)}</td></tr>""");
        }
        html.Append("</tbody></table></section>");
    }

    private static void TallyChart(StringBuilder html, string id, string heading, string column, string title, IReadOnlyList<Tally> tallies)
    {
        html.Append($"<h3>{E(heading)}</h3>");
        if (tallies.Count == 0)
        {
            html.Append("<p>None in the year.</p>");
            return;
        }
        html.Append("<figure>").Append(SvgBarChart.Horizontal(id, title, tallies.Select(t => (t.Label, (double)t.Count, Count(t.Count))).ToList())).Append("</figure>");
        TallyTable(html, title, column, tallies);
    }

    private static void AmountChart(StringBuilder html, string id, string heading, string column, string title, IReadOnlyList<Amount> amounts)
    {
        html.Append($"<h3>{E(heading)}</h3>");
        if (amounts.Count == 0)
        {
            html.Append("<p>None paid in the year.</p>");
            return;
        }
        html.Append("<figure>").Append(SvgBarChart.Horizontal(id, title, amounts.Select(a => (a.Label, (double)a.Pence, Money(a.Pence))).ToList())).Append("</figure>");
        html.Append($"""<table><caption>{E(title)}</caption><thead><tr><th scope="col">{E(column)}</th><th scope="col" class="number">Awards</th><th scope="col" class="number">Paid</th></tr></thead><tbody>""");
        foreach (var a in amounts)
            html.Append($"""<tr><th scope="row">{E(a.Label)}</th><td class="number">{(a.Count is { } awards ? Count(awards) : "—")}</td><td class="number">{Money(a.Pence)}</td></tr>""");
        html.Append("</tbody></table>");
    }

    private static void TallyTable(StringBuilder html, string caption, string column, IReadOnlyList<Tally> tallies)
    {
        if (tallies.Count == 0)
        {
            html.Append("<p>None in the year.</p>");
            return;
        }
        html.Append($"""<table><caption>{E(caption)}</caption><thead><tr><th scope="col">{E(column)}</th><th scope="col" class="number">Number</th></tr></thead><tbody>""");
        foreach (var t in tallies)
            html.Append($"""<tr><th scope="row">{E(t.Label)}</th><td class="number">{Count(t.Count)}</td></tr>""");
        html.Append("</tbody></table>");
    }

    private static void Figure(StringBuilder html, string label, string value) => html.Append($"<div><dt>{E(label)}</dt><dd>{E(value)}</dd></div>");

    private static string ComplianceText(Compliance compliance) => compliance switch
    {
        Compliance.Complies => "Yes",
        Compliance.PartlyComplies => "Partly",
        Compliance.DoesNotComply => "No",
        _ => "Not yet answered",
    };

    private static string InTime(int inTime, double? percent) => percent is null ? "none due" : $"{Count(inTime)} ({Percent(percent)})";

    private static string Count(int count) => count.ToString("N0", English);

    private static string Percent(double? percent) => percent is { } p ? p.ToString("0.#", English) + "%" : "none due";

    private static string Money(long pence) => (pence / 100m).ToString("C", English);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    // The GOV.UK Design System's type scale and colours, without its fonts or script (nothing is fetched).
    private const string Styles = """
        body{font-family:arial,sans-serif;color:#0b0c0c;margin:0 auto;max-width:960px;padding:0 16px 32px;line-height:1.3}
        header{border-bottom:10px solid #1d70b8;margin-bottom:24px}
        h1{font-size:2.25rem;margin:8px 0 16px}h2{font-size:1.5rem;margin-top:40px}h3{font-size:1.1875rem;margin-top:24px}
        .caption{color:#505a5f;font-size:1.1875rem;margin:24px 0 0}.lead{font-size:1.1875rem}
        table{border-collapse:collapse;width:100%;margin:8px 0 24px}caption{text-align:left;font-weight:700;padding-bottom:8px}
        th,td{border-bottom:1px solid #b1b4b6;padding:8px 12px 8px 0;text-align:left;vertical-align:top}
        .number{text-align:right}figure{margin:0 0 8px}svg.chart{max-width:640px;display:block}
        .summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:16px}
        .summary div{border-left:4px solid #1d70b8;padding-left:12px}.summary dt{color:#505a5f}.summary dd{margin:4px 0 0;font-size:1.5rem;font-weight:700}
        .self-assessment td{font-size:0.9rem}.self-assessment ul{margin:0;padding-left:18px}
        @media print{body{max-width:none}section{break-inside:avoid-page}h2{break-after:avoid}header{border-bottom-width:4px}}
        """;
}
