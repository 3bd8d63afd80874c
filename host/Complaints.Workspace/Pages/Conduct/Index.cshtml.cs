using Complaints.VexatiousBehaviour.Api.V1;
using Complaints.Workspace.Api;
using Microsoft.AspNetCore.Mvc;

namespace Complaints.Workspace.Pages;

/// <summary>The unacceptable-behaviour panel's conduct cases, newest first, with what each holds and any review overdue.</summary>
public sealed class ConductCasesModel : WorkspacePage
{
    [BindProperty(SupportsGet = true)]
    public string? Resident { get; set; }

    public IReadOnlyList<ConductCaseSummary> Cases { get; private set; } = [];

    [BindProperty]
    public string? NewResident { get; set; }

    [BindProperty]
    public string? NewSummary { get; set; }

    /// <summary>Opens a conduct case about a resident's behaviour, and goes to it.</summary>
    public async Task<IActionResult> OnPostOpenAsync()
    {
        ConductCase? opened = null;
        if (await TryAsync(async () => opened = (await Api.Conduct.OpenConductCaseAsync(new OpenConductCaseRequest
        {
            ResidentReference = NewResident?.Trim() ?? "", Summary = NewSummary?.Trim() ?? "",
        })).ConductCase))
        {
            Done = $"Conduct case {opened!.Reference} opened";
            return Redirect($"/workspace/conduct/{opened.Id}");
        }
        await OnGetAsync();
        return Page();
    }

    public async Task OnGetAsync() => await TryAsync(async () =>
        Cases = (await Api.Conduct.ListConductCasesAsync(new ListConductCasesRequest { ResidentReference = Resident?.Trim() ?? "", PageSize = 100 })).Cases);
}
