using System.Text.Json;
using Complaints.Compensation.Api.V1;
using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.OmbudsmanLiaison.Api.V1;
using Complaints.VexatiousBehaviour.Api.V1;

namespace Complaints.EndToEnd.Tests.OmbudsmanLiaison;

/// <summary>
/// The evidence pack holds the whole history, gathered from every module's contract: transitions with actors and
/// times, contacts and evidence, the response letter, the extension with its reason, awards and restrictions.
/// Set EXPORT_SAMPLE_DIR to keep the documents it produced.
/// </summary>
public sealed class CaseFileExportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheExport_HoldsTheFullHistory_AsJsonAndHtml(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await RunningHost.StartOnAsync(database);
        var log = IntakeMethods.ValidRequest("Boiler broken for six weeks <urgent>");
        log.Points.Add("Boiler");
        var complaint = (await host.Intake.LogComplaintAsync(log).ResponseAsync).Complaint;
        await host.Intake.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
        {
            ComplaintId = complaint.Id, ComplaintDefinition = "Boiler", NamedOfficer = "Sam Patel",
        }).ResponseAsync;
        await host.Investigation.RecordContactAsync(new RecordContactRequest
        {
            ComplaintId = complaint.Id, Kind = ContactKind.Call, Direction = ContactDirection.ToResident, Summary = "Agreed the definition",
        }).ResponseAsync;
        await host.Investigation.RecordEvidenceAsync(new RecordEvidenceRequest
        {
            ComplaintId = complaint.Id, Kind = EvidenceKind.Document, Title = "Repair history", Location = "dms://repairs/123",
        }).ResponseAsync;
        await host.Investigation.ExtendDeadlineAsync(new ExtendDeadlineRequest
        {
            ComplaintId = complaint.Id, WorkingDays = 5, Reason = "Waiting for the engineer's report", OmbudsmanDetailsGiven = true,
        }).ResponseAsync;
        var response = new IssueResponseRequest { ComplaintId = complaint.Id, Stage = 1, ComplaintDefinition = "Boiler", EscalationInformation = "How to ask for stage 2." };
        response.Decisions.Add(new PointDecision { Point = "Boiler", Outcome = DecisionOutcome.Upheld, Reasons = "Two visits missed." });
        await host.Investigation.IssueResponseAsync(response).ResponseAsync;
        var award = (await host.Compensation.ProposeAwardAsync(Compensation.AwardsData.Proposal(complaint.Id, Compensation.AwardsData.Amount(AwardCategory.TimeAndTrouble, "Time and trouble", 7500)), CompensationMethods.Officer).ResponseAsync).Award;
        var warned = await VexatiousBehaviour.ConductData.WarnedCaseAsync(host, complaint.ResidentReference);
        var ends = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await host.Conduct.DecideRestrictionAsync(VexatiousBehaviour.ConductData.Decision(warned.Id, RestrictionType.WrittenContactOnly, ends), ConductMethods.As("pat.chair")).ResponseAsync;
        await host.Ombudsman.RecordReferralAsync(new RecordReferralRequest { OmbudsmanCaseReference = "202698765", ComplaintIds = { complaint.Id } }).ResponseAsync;

        var json = await host.Ombudsman.ExportCaseFileAsync(new ExportCaseFileRequest { ComplaintId = complaint.Id }).ResponseAsync;
        var html = await host.Ombudsman.ExportCaseFileAsync(new ExportCaseFileRequest { ComplaintId = complaint.Id, Format = ExportFormat.Html }).ResponseAsync;
        Keep(provider, json.Document, html.Document);
        using var document = JsonDocument.Parse(json.Document);
        var root = document.RootElement;

        Assert.Equal("application/json", json.ContentType);
        Assert.Equal(complaint.Reference, root.GetProperty("complaint").GetProperty("reference").GetString());
        Assert.Equal(["Log", "Accept", "Acknowledge", "ExtendDeadline", "IssueStage1Response", "ReferToOmbudsman"],
            root.GetProperty("transitions").EnumerateArray().Select(t => t.GetProperty("trigger").GetString()));
        Assert.All(root.GetProperty("transitions").EnumerateArray(), t => Assert.False(string.IsNullOrEmpty(t.GetProperty("actor").GetString())));
        var extension = root.GetProperty("extensions").EnumerateArray().Single();
        Assert.Equal((5, "Waiting for the engineer's report"), (extension.GetProperty("workingDays").GetInt32(), extension.GetProperty("reason").GetString()));
        var investigation = root.GetProperty("investigation");
        Assert.Equal("Agreed the definition", investigation.GetProperty("contacts")[0].GetProperty("summary").GetString());
        Assert.Equal("Repair history", investigation.GetProperty("evidence")[0].GetProperty("title").GetString());
        Assert.Contains("Two visits missed.", investigation.GetProperty("responses")[0].GetProperty("letter").GetString());
        Assert.Equal(award.Reference, root.GetProperty("awards")[0].GetProperty("reference").GetString());
        Assert.Equal("WrittenContactOnly", root.GetProperty("restrictions")[0].GetProperty("type").GetString());
        Assert.Equal(["202698765"], root.GetProperty("ombudsmanCases").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("text/html; charset=utf-8", html.ContentType);
        Assert.Contains("<h2>Every stage change</h2>", html.Document);
        Assert.Contains("Boiler broken for six weeks &lt;urgent&gt;", html.Document);
        Assert.Contains("<td>ExtendDeadline</td>", html.Document);
        Assert.Contains($"<td>{award.Reference}</td>", html.Document);
    }

    private static void Keep(string provider, string json, string html)
    {
        if (Environment.GetEnvironmentVariable("EXPORT_SAMPLE_DIR") is not { Length: > 0 } folder)
            return;
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"case-file-{provider}.json"), json);
        File.WriteAllText(Path.Combine(folder, $"case-file-{provider}.html"), html);
    }
}
