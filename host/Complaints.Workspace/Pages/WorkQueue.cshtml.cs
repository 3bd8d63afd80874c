using Complaints.Reporting.Api.V1;
using Complaints.Workspace.Api;
using Microsoft.AspNetCore.Mvc;

namespace Complaints.Workspace.Pages;

/// <summary>
/// The handler's work queue: every open item with a clock — acknowledgements, responses, promised actions, evidence
/// requests, orders, reviews, unpaid awards, hazard clocks — due first, a page at a time. Mine by default; everyone's,
/// or one team's, on request.
/// </summary>
public sealed class WorkQueueModel : WorkspacePage
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string Whose { get; set; } = "mine";

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? PageToken { get; set; }

    public IReadOnlyList<WorkItem> Items { get; private set; } = [];

    public string? NextPage { get; private set; }

    public async Task OnGetAsync()
    {
        var request = new ListWorkQueueRequest { PageSize = PageSize, PageToken = PageToken ?? "" };
        if (Whose == "mine")
            request.OfficerId = Person.Id;
        if (WorkQueueWords.StatusFrom(Status) is { } status)
            request.Statuses.Add(status);
        await TryAsync(async () =>
        {
            var response = await Api.WorkQueue.ListWorkQueueAsync(request);
            (Items, NextPage) = (response.Items, response.NextPageToken is { Length: > 0 } next ? next : null);
        });
    }
}
