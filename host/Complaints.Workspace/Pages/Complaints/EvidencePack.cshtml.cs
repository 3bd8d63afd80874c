using Complaints.OmbudsmanLiaison.Api.V1;
using Complaints.Workspace.Api;
using Microsoft.AspNetCore.Mvc;

namespace Complaints.Workspace.Pages;

/// <summary>The evidence pack for the Ombudsman (ExportCaseFile, HTML), downloaded as a file named by the complaint.</summary>
public sealed class EvidencePackModel : WorkspacePage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        ExportCaseFileResponse? pack = null;
        if (!await TryAsync(async () => pack = await Api.Ombudsman.ExportCaseFileAsync(new ExportCaseFileRequest { ComplaintId = Id, Format = ExportFormat.Html })))
            return Unavailable();
        return File(System.Text.Encoding.UTF8.GetBytes(pack!.Document), "text/html; charset=utf-8", $"evidence-pack-{Id}.html");
    }
}
