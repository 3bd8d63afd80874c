using Complaints.Common.V1;
using Complaints.Intake.Api.V1;
using Complaints.Lifecycle.Api.V1;
using Complaints.Workspace.Api;
using Microsoft.AspNetCore.Mvc;

namespace Complaints.Workspace.Pages;

/// <summary>
/// A complaint: its summary, contact routing, clocks (and any Awaab's Law hazard clocks beside them), the timeline of
/// its transitions, and acknowledging it with the complaint's definition and the resolution sought.
/// </summary>
public sealed class ComplaintModel : WorkspacePage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public Complaint? Complaint { get; private set; }

    public Lifecycle.Api.V1.Lifecycle? Lifecycle { get; private set; }

    /// <summary>Officers, contacts, evidence and promised actions; null when the person may not read the case file.</summary>
    public Investigation.Api.V1.GetCaseFileResponse? CaseFile { get; private set; }

    [BindProperty]
    public AcknowledgeForm Acknowledge { get; set; } = new();

    /// <summary>Acknowledging accepts a received complaint into stage 1 (the lifecycle's Accept) or acknowledges one already in it.</summary>
    public bool CanAcknowledge => Complaint?.PermittedTriggers.Any(t => t is Trigger.Accept or Trigger.Acknowledge) == true;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Unavailable();

    public async Task<IActionResult> OnPostAcknowledgeAsync()
    {
        var request = new AcknowledgeComplaintRequest
        {
            ComplaintId = Id, ComplaintDefinition = Acknowledge.Definition?.Trim() ?? "", ResolutionSought = Acknowledge.ResolutionSought?.Trim() ?? "",
            NamedOfficer = Person.Name, ExpectedVersion = Acknowledge.Version,
        };
        if (await TryAsync(() => Api.Intake.AcknowledgeComplaintAsync(request).ResponseAsync))
        {
            Done = "Complaint acknowledged";
            return Redirect($"/workspace/complaints/{Id}");
        }
        return await LoadAsync() ? Page() : Unavailable();
    }

    private async Task<bool> LoadAsync()
    {
        var found = await TryAsync(async () =>
        {
            Complaint = (await Api.Intake.GetComplaintAsync(new GetComplaintRequest { Id = Id })).Complaint;
            Lifecycle = (await Api.Lifecycle.GetLifecycleAsync(new GetLifecycleRequest { ComplaintId = Complaint.Id })).Lifecycle;
        });
        if (found)
        {
            try
            {
                CaseFile = await Api.Investigation.GetCaseFileAsync(new Investigation.Api.V1.GetCaseFileRequest { ComplaintId = Complaint!.Id });
            }
            catch (Grpc.Core.RpcException e) when (e.StatusCode == Grpc.Core.StatusCode.PermissionDenied)
            {
                // Someone who may see the complaint but not its case file sees the rest of the page.
            }
        }
        if (found)
            Acknowledge.Version = Complaint!.Version;
        return found;
    }

    public sealed class AcknowledgeForm
    {
        public string? Definition { get; set; }

        public string? ResolutionSought { get; set; }

        public int Version { get; set; }
    }
}
