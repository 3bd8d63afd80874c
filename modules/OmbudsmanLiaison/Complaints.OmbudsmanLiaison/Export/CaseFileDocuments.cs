using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Complaints.Kernel.Text;

namespace Complaints.OmbudsmanLiaison.Export;

/// <summary>The evidence pack as one JSON document, or as a readable, self-contained HTML page.</summary>
internal static class CaseFileDocuments
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // A document for people and the Ombudsman's systems, never embedded in a page: keep quotes and brackets readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(CaseFileExport export) => JsonSerializer.Serialize(export, Json);

    public static string ToHtml(CaseFileExport export)
    {
        var c = export.Complaint;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>Evidence pack ").Append(E(c.Reference)).Append("</title>\n")
            .Append("<style>body{font-family:Arial,sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1.5em}td,th{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}pre{white-space:pre-wrap}</style>\n")
            .Append("</head>\n<body>\n");
        html.Append("<h1>Evidence pack: complaint ").Append(E(c.Reference)).Append("</h1>\n");
        html.Append("<p>Generated ").Append(E(At(export.GeneratedAt))).Append(" under ").Append(E(export.PolicyProfile)).Append(". Ombudsman case(s): ")
            .Append(E(export.OmbudsmanCases.Count == 0 ? "none recorded" : string.Join(", ", export.OmbudsmanCases))).Append(".</p>\n");
        Table(html, "The complaint", ["Resident", "Channel", "Description", "Points", "Named officer", "Stage now"],
            [[c.ResidentReference, c.Channel, c.Description, string.Join("; ", c.Points), c.NamedOfficer ?? "", c.Stage]]);
        Table(html, "Every stage change", ["When", "Who", "What", "From", "To", "Why"],
            export.Transitions.Select(t => new[] { At(t.At), t.Actor, t.Trigger, t.From ?? "", t.To, t.Reason ?? "" }));
        Table(html, "Extensions", ["When", "Who", "Working days", "Resident agreed", "Reason given"],
            export.Extensions.Select(x => new[] { At(x.At), x.Actor, x.WorkingDays.ToString(CultureInfo.InvariantCulture), x.ResidentAgreed?.ToString() ?? "", x.Reason ?? "" }));
        Table(html, "Deadlines", ["Clock", "Due", "Status", "Clause"],
            export.Clocks.Select(k => new[] { k.Name, k.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), k.Status, k.Clause }));
        var record = export.Investigation;
        Table(html, "Officers", ["Stage", "Officer", "Seniority", "Assigned", "By"],
            record.Assignments.Select(a => new[] { a.Stage.ToString(CultureInfo.InvariantCulture), a.OfficerName, a.Seniority, At(a.AssignedAt), a.AssignedBy }));
        Table(html, "Correspondence and contact", ["When", "Kind", "Direction", "Summary", "Recorded by", "Restriction routing"],
            record.Contacts.Select(k => new[] { At(k.OccurredAt), k.Kind, k.Direction, k.Summary, k.RecordedBy, k.Routing ?? "" }));
        Table(html, "Evidence", ["When", "Kind", "Title", "Kept at", "Recorded by"],
            record.Evidence.Select(e => new[] { At(e.OccurredAt), e.Kind, e.Title, e.Location, e.RecordedBy }));
        html.Append("<h2>Responses</h2>\n");
        foreach (var response in record.Responses)
            html.Append("<h3>Stage ").Append(response.Stage).Append(", ").Append(E(At(response.IssuedAt))).Append(" by ").Append(E(response.IssuedBy)).Append("</h3>\n<pre>")
                .Append(E(response.Letter)).Append("</pre>\n")
                .Append("<p>Themes: ").Append(E(string.Join(", ", response.Themes ?? []))).Append("; root causes: ")
                .Append(E(string.Join(", ", response.RootCauses ?? []))).Append("</p>\n");
        Table(html, "Actions promised", ["Action", "Due", "Status", "Transferred to"],
            record.Actions.Select(a => new[] { a.Description, a.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Status, a.TransferredTo ?? "" }));
        Table(html, "Compensation awards", ["Award", "Status", "Total", "Approved", "Paid", "Band"],
            export.Awards.Select(a => new[] { a.Reference, a.Status, Money(a.TotalPence), a.ApprovedPence is { } p ? Money(p) : "", Money(a.PaidPence), a.Band }));
        Table(html, "Contact restrictions on the resident", ["Restriction", "Type", "Permitted route", "From", "To", "Status"],
            export.Restrictions.Select(r => new[] { r.Reference, r.Type, r.PermittedRoute, r.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.EndsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Status }));
        Table(html, "Awaab's Law hazards", ["Hazard", "Kind", "Category", "Aware", "Clock", "Due", "Status", "Met or stopped", "Regulation"],
            export.Hazards.SelectMany(h => h.Clocks.Select(k => new[] { h.Reference, h.Kind, h.Emergency ? "Emergency" : "Significant", At(h.AwareAt), k.Name, At(k.DueAt),
                k.Status.ToString(), k.EndedAt is { } ended ? At(ended) : "", k.Regulation })));
        Table(html, "Access attempts (reasonable endeavours)", ["Hazard", "When", "Method", "Outcome", "Notes", "Recorded by"],
            export.Hazards.SelectMany(h => h.AccessAttempts.Select(a => new[] { h.Reference, At(a.AttemptedAt), a.Method, a.Outcome, a.Notes, a.RecordedBy })));
        Table(html, "Alternative accommodation and stopped clocks", ["Hazard", "When", "What", "Details", "By"],
            export.Hazards.SelectMany(h => h.AccommodationOffers.Select(o => new[] { h.Reference, At(o.OfferedAt), "Offered alternative accommodation", o.Details, o.OfferedBy })
                .Concat(h.Stopped is { } s ? [[h.Reference, At(s.StoppedAt), $"Clocks stopped: {s.Reason}", s.Evidence, s.StoppedBy]] : Array.Empty<string[]>())));
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Table(StringBuilder html, string heading, string[] columns, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        html.Append("<h2>").Append(E(heading)).Append("</h2>\n");
        if (list.Count == 0)
        {
            html.Append("<p>None.</p>\n");
            return;
        }
        html.Append("<table>\n<tr>");
        foreach (var column in columns)
            html.Append("<th>").Append(E(column)).Append("</th>");
        html.Append("</tr>\n");
        foreach (var row in list)
        {
            html.Append("<tr>");
            foreach (var cell in row)
                html.Append("<td>").Append(E(cell)).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    private static string At(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Money(long pence) => string.Create(CultureInfo.InvariantCulture, $"£{pence / 100}.{pence % 100:D2}");

    private static string E(string text) => Html.Encode(text);
}
