using Complaints.Compensation.Api.V1;
using Complaints.Workspace.Api;

namespace Complaints.Workspace.Pages;

/// <summary>The compensation officer's queue: awards proposed and waiting for a decision, oldest first; and those approved but not yet paid.</summary>
public sealed class AwardsModel : WorkspacePage
{
    public IReadOnlyList<Award> Waiting { get; private set; } = [];

    public IReadOnlyList<Award> Unpaid { get; private set; } = [];

    public async Task OnGetAsync() => await TryAsync(async () =>
    {
        Waiting = (await Api.Compensation.ListAwardsAsync(new ListAwardsRequest { Statuses = { AwardStatus.Proposed }, PageSize = 100 })).Awards;
        Unpaid = (await Api.Compensation.ListAwardsAsync(new ListAwardsRequest { Statuses = { AwardStatus.Approved, AwardStatus.Accepted, AwardStatus.PartPaid }, PageSize = 100 })).Awards;
    });
}
