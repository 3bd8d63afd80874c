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

    public async Task OnGetAsync() => await TryAsync(async () =>
        Cases = (await Api.Conduct.ListConductCasesAsync(new ListConductCasesRequest { ResidentReference = Resident?.Trim() ?? "", PageSize = 100 })).Cases);
}
