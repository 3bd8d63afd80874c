using System.CommandLine;
using Complaints.OmbudsmanLiaison.Api.V1;
using Spectre.Console;

namespace Complaints.Cli.Commands;

/// <summary>
/// <c>complaints evidence-pack export</c>: the complete evidence pack for the Housing Ombudsman (ExportCaseFile) written
/// to a file, as HTML to read and print or as JSON to process.
/// </summary>
internal static class EvidencePackCommand
{
    public static Command Create(CliContext cli)
    {
        var complaint = new Argument<string>("complaint") { Description = "The complaint's id or reference (CMP-2026-000123)" };
        var format = new Option<string?>("--format") { Description = "html or json; by default json when --out ends in .json, else html" };
        format.AcceptOnlyFromAmong("html", "json");
        var output = new Option<FileInfo>("--out") { Description = "The file to write", Required = true };
        var export = new Command("export", "Write a complaint's evidence pack to a file") { complaint, format, output };
        cli.SetAction(export, async run =>
        {
            var api = run.Api;
            var (id, reference) = await ComplaintLookup.FindAsync(api, run.Value(complaint), run.Cancellation);
            var file = run.Value(output);
            var html = (run.Parsed.GetValue(format) ?? (file.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "html")) == "html";
            var pack = await api.Ombudsman.ExportCaseFileAsync(new ExportCaseFileRequest { ComplaintId = id, Format = html ? ExportFormat.Html : ExportFormat.Json },
                cancellationToken: run.Cancellation);
            await File.WriteAllTextAsync(file.FullName, pack.Document, run.Cancellation);
            file.Refresh();
            cli.Out.MarkupLineInterpolated($"[green]Wrote[/] the evidence pack for {reference} ({(html ? "HTML" : "JSON")}, {file.Length:N0} bytes) to {file.FullName}");
            return 0;
        });
        return new Command("evidence-pack", "The evidence pack for the Housing Ombudsman") { export };
    }
}
