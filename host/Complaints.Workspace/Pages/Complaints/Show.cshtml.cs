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

    [BindProperty]
    public CaseFileForm Record { get; set; } = new();

    /// <summary>A call, meeting, visit, letter, email or text with the resident, to or from them.</summary>
    public Task<IActionResult> OnPostContactAsync() => RecordAsync(() => Api.Investigation.RecordContactAsync(new Investigation.Api.V1.RecordContactRequest
    {
        ComplaintId = Id, Summary = Record.Text?.Trim() ?? "",
        Kind = Record.Kind switch
        {
            "call" => Investigation.Api.V1.ContactKind.Call, "meeting" => Investigation.Api.V1.ContactKind.Meeting, "visit" => Investigation.Api.V1.ContactKind.Visit,
            "letter" => Investigation.Api.V1.ContactKind.Letter, "email" => Investigation.Api.V1.ContactKind.Email, _ => Investigation.Api.V1.ContactKind.Unspecified,
        },
        Direction = Record.Extra == "to" ? Investigation.Api.V1.ContactDirection.ToResident : Investigation.Api.V1.ContactDirection.FromResident,
    }).ResponseAsync, "Contact recorded");

    /// <summary>A document, photo, recording or note, by where it is kept.</summary>
    public Task<IActionResult> OnPostEvidenceAsync() => RecordAsync(() => Api.Investigation.RecordEvidenceAsync(new Investigation.Api.V1.RecordEvidenceRequest
    {
        ComplaintId = Id, Title = Record.Text?.Trim() ?? "", Location = Record.Extra?.Trim() ?? "",
        Kind = Record.Kind switch
        {
            "document" => Investigation.Api.V1.EvidenceKind.Document, "photo" => Investigation.Api.V1.EvidenceKind.Photo,
            "recording" => Investigation.Api.V1.EvidenceKind.Recording, "note" => Investigation.Api.V1.EvidenceKind.Note, _ => Investigation.Api.V1.EvidenceKind.Unspecified,
        },
    }).ResponseAsync, "Evidence recorded");

    /// <summary>Something promised to the resident, with the day it is due: it joins the work queue.</summary>
    public Task<IActionResult> OnPostActionAsync() => RecordAsync(() => Api.Investigation.AddActionAsync(new Investigation.Api.V1.AddActionRequest
    {
        ComplaintId = Id, Description = Record.Text?.Trim() ?? "", DueOn = Record.Extra?.Trim() ?? "",
    }).ResponseAsync, "Action added");

    /// <summary>A promised action done (with a note of what was done).</summary>
    public Task<IActionResult> OnPostCompleteActionAsync(long actionId) => RecordAsync(() => Api.Investigation.CompleteActionAsync(
        new Investigation.Api.V1.CompleteActionRequest { ActionId = actionId, Note = Record.Text?.Trim() ?? "" }).ResponseAsync, "Action completed");

    private async Task<IActionResult> RecordAsync(Func<Task> call, string banner)
    {
        if (await TryAsync(call))
        {
            Done = banner;
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

    /// <summary>A contact, a piece of evidence or a promised action: what, of which kind, and one more detail.</summary>
    public sealed class CaseFileForm
    {
        public string? Kind { get; set; }

        public string? Text { get; set; }

        public string? Extra { get; set; }
    }
}
