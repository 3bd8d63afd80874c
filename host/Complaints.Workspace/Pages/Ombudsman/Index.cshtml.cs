using Complaints.OmbudsmanLiaison.Api.V1;
using Complaints.Workspace.Api;

namespace Complaints.Workspace.Pages;

/// <summary>Ombudsman liaison: evidence requests by due date and the Ombudsman's orders not yet complied with.</summary>
public sealed class OmbudsmanModel : WorkspacePage
{
    public IReadOnlyList<EvidenceRequest> EvidenceRequests { get; private set; } = [];

    public IReadOnlyList<Order> Orders { get; private set; } = [];

    public async Task OnGetAsync() => await TryAsync(async () =>
    {
        EvidenceRequests = (await Api.Ombudsman.ListOpenEvidenceRequestsAsync(new ListOpenEvidenceRequestsRequest())).EvidenceRequests.OrderBy(e => e.DueOn, StringComparer.Ordinal).ToList();
        Orders = (await Api.Ombudsman.ListOpenOrdersAsync(new ListOpenOrdersRequest())).Orders.OrderBy(o => o.DueOn, StringComparer.Ordinal).ToList();
    });
}
