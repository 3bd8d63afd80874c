using System.Globalization;
using System.Text;
using Complaints.Compensation.Contracts;
using Complaints.Intake.Contracts;
using Complaints.Investigation.Contracts;
using Complaints.OmbudsmanLiaison.Contracts;
using Complaints.VexatiousBehaviour.Contracts;
using static System.Net.WebUtility;

namespace Complaints.Host.Privacy;

/// <summary>
/// A resident's subject access pack, gathered only through the modules' contracts (never their tables): the complaints
/// Intake holds for the resident's reference; for each, Investigation's record (contacts, evidence, letters, actions)
/// and Compensation's awards; the resident's contact restrictions; and the Ombudsman referrals that include any of the
/// complaints. Written as one self-contained HTML document a person can read and print.
/// </summary>
internal sealed class SubjectAccessPack(
    IComplaintDirectory complaints, IInvestigationRecord investigation, ICompensationAwards awards, IConductRecord conduct, IOmbudsmanRecord ombudsman)
{
    public sealed record Pack(string Html, int Complaints, int Contacts, int Letters, int Awards, int Restrictions, int Referrals);

    public async Task<Pack> BuildAsync(string residentReference, DateTimeOffset producedAt, string producedBy, CancellationToken cancellationToken)
    {
        var theirs = await complaints.ForResidentAsync(residentReference, cancellationToken);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Subject access pack: ").Append(HtmlEncode(residentReference))
            .Append("</title><style>body{font-family:Arial,sans-serif;max-width:60em;margin:2em auto;line-height:1.4}")
            .Append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #b1b4b6;padding:.3em;text-align:left;vertical-align:top}")
            .Append("pre{white-space:pre-wrap;border-left:4px solid #b1b4b6;padding-left:1em}</style></head><body>");
        html.Append("<h1>Personal data we hold about resident ").Append(HtmlEncode(residentReference)).Append("</h1>")
            .Append("<p>Produced ").Append(HtmlEncode(producedAt.ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.GetCultureInfo("en-GB"))))
            .Append(" by ").Append(HtmlEncode(producedBy)).Append(" from the complaints system.</p>");

        var (contacts, letters, awarded) = (0, 0, 0);
        html.Append("<h2>Complaints (").Append(theirs.Count).Append(")</h2>");
        if (theirs.Count == 0)
            html.Append("<p>No complaint is recorded for this resident.</p>");
        foreach (var complaint in theirs)
        {
            var record = await investigation.ForComplaintAsync(complaint.ComplaintId, cancellationToken);
            var itsAwards = await awards.ForComplaintAsync(complaint.ComplaintId, cancellationToken);
            (contacts, letters, awarded) = (contacts + record.Contacts.Count, letters + record.Responses.Count, awarded + itsAwards.Count);
            html.Append("<h3>").Append(HtmlEncode(complaint.Reference)).Append("</h3><table>");
            Row(html, "Received", complaint.ReceivedAt?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) ?? "");
            Row(html, "How it reached us", complaint.Channel);
            Row(html, "What you told us", complaint.Description);
            Row(html, "The points of your complaint", string.Join("; ", complaint.Points));
            Row(html, "Needs you told us about", string.Join("; ", complaint.Vulnerabilities));
            Row(html, "Acting for you", complaint.RepresentativeName ?? "");
            Row(html, "Officer named to you", complaint.NamedOfficer ?? "");
            html.Append("</table>");
            List(html, "Contacts", record.Contacts.Select(c => $"{c.OccurredAt:yyyy-MM-dd} {c.Direction} {c.Kind}: {c.Summary} (recorded by {c.RecordedBy})"));
            List(html, "Evidence", record.Evidence.Select(e => $"{e.OccurredAt:yyyy-MM-dd} {e.Kind}: {e.Title}"));
            List(html, "Actions we promised", record.Actions.Select(a => $"{a.Description}, due {a.DueOn:yyyy-MM-dd}: {a.Status}"));
            List(html, "Awards", itsAwards.Select(a => $"{a.Reference}: {a.Status}, £{a.TotalPence / 100m:N2} (paid £{a.PaidPence / 100m:N2})"));
            foreach (var response in record.Responses)
                html.Append("<h4>Stage ").Append(response.Stage).Append(" response, ").Append(HtmlEncode(response.IssuedAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))))
                    .Append("</h4><pre>").Append(HtmlEncode(response.Letter)).Append("</pre>");
        }

        var restrictions = await conduct.RestrictionsForAsync(residentReference, cancellationToken);
        html.Append("<h2>Contact restrictions (").Append(restrictions.Count).Append(")</h2>");
        List(html, null, restrictions.Select(r => $"{r.Reference}: {r.Type} from {r.StartsOn:yyyy-MM-dd} to {r.EndsOn:yyyy-MM-dd}, {r.Status}; contact us through: {r.PermittedRoute}"));

        var referrals = await ombudsman.ReferralsForAsync(theirs.Select(c => c.ComplaintId).ToList(), cancellationToken);
        html.Append("<h2>Housing Ombudsman cases (").Append(referrals.Count).Append(")</h2>");
        List(html, null, referrals.Select(r => $"{r.OmbudsmanCaseReference}, referred {r.ReferredOn:yyyy-MM-dd} about {string.Join(", ", r.ComplaintReferences)}: {r.Summary}"
            + (r.DeterminedOn is { } on ? $"; determined {on:yyyy-MM-dd}: {string.Join("; ", r.Findings)}" : "; not yet determined")));
        html.Append("</body></html>");
        return new Pack(html.ToString(), theirs.Count, contacts, letters, awarded, restrictions.Count, referrals.Count);
    }

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<tr><th scope=\"row\">").Append(HtmlEncode(label)).Append("</th><td>").Append(HtmlEncode(value.Length > 0 ? value : "—")).Append("</td></tr>");

    private static void List(StringBuilder html, string? heading, IEnumerable<string> items)
    {
        var all = items.ToList();
        if (heading is not null)
            html.Append("<h4>").Append(HtmlEncode(heading)).Append("</h4>");
        if (all.Count == 0)
        {
            html.Append("<p>None.</p>");
            return;
        }
        html.Append("<ul>");
        foreach (var item in all)
            html.Append("<li>").Append(HtmlEncode(item)).Append("</li>");
        html.Append("</ul>");
    }
}
