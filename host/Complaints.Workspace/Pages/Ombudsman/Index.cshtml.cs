using Complaints.OmbudsmanLiaison.Api.V1;
using Complaints.Workspace.Api;
using Microsoft.AspNetCore.Mvc;

namespace Complaints.Workspace.Pages;

/// <summary>
/// Ombudsman liaison: evidence requests by due date, each answered from the page (what was sent, and why late if it
/// was); the Ombudsman's orders not yet complied with, each marked complied with its evidence.
/// </summary>
public sealed class OmbudsmanModel : WorkspacePage
{
    public IReadOnlyList<EvidenceRequest> EvidenceRequests { get; private set; } = [];

    public IReadOnlyList<Order> Orders { get; private set; } = [];

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Extra { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostSubmitEvidenceAsync(long requestId) => RecordAsync(() => Api.Ombudsman.SubmitEvidenceAsync(new SubmitEvidenceRequest
    {
        EvidenceRequestId = requestId, WhatWasSent = Text?.Trim() ?? "", DelayExplanation = Extra?.Trim() ?? "",
    }).ResponseAsync, "Evidence recorded as sent");

    public Task<IActionResult> OnPostCompliedAsync(long orderId) => RecordAsync(() => Api.Ombudsman.RecordOrderComplianceAsync(new RecordOrderComplianceRequest
    {
        OrderId = orderId, Evidence = Text?.Trim() ?? "", CompliedOn = Extra?.Trim() ?? "",
    }).ResponseAsync, "Compliance recorded");

    private async Task<IActionResult> RecordAsync(Func<Task> call, string banner)
    {
        if (await TryAsync(call))
        {
            Done = banner;
            return Redirect("/workspace/ombudsman");
        }
        await LoadAsync();
        return Page();
    }

    private Task<bool> LoadAsync() => TryAsync(async () =>
    {
        EvidenceRequests = (await Api.Ombudsman.ListOpenEvidenceRequestsAsync(new ListOpenEvidenceRequestsRequest())).EvidenceRequests.OrderBy(e => e.DueOn, StringComparer.Ordinal).ToList();
        Orders = (await Api.Ombudsman.ListOpenOrdersAsync(new ListOpenOrdersRequest())).Orders.OrderBy(o => o.DueOn, StringComparer.Ordinal).ToList();
    });
}
