using Complaints.Compensation.Api.V1;
using Complaints.Workspace.Api;
using Microsoft.AspNetCore.Mvc;

namespace Complaints.Workspace.Pages;

/// <summary>
/// One award: its lines, band and decisions; approving or rejecting it with a reason. An approval above the officer's
/// authority is refused by the API, and the page shows the API's answer, which names who could approve it.
/// </summary>
public sealed class AwardModel : WorkspacePage
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public Award? Award { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Unavailable();

    public Task<IActionResult> OnPostApproveAsync() =>
        DecideAsync(() => Api.Compensation.ApproveAwardAsync(new ApproveAwardRequest { AwardId = Id, Reason = Reason?.Trim() ?? "", ExpectedVersion = Version }).ResponseAsync, "approved");

    public Task<IActionResult> OnPostRejectAsync() =>
        DecideAsync(() => Api.Compensation.RejectAwardAsync(new RejectAwardRequest { AwardId = Id, Reason = Reason?.Trim() ?? "", ExpectedVersion = Version }).ResponseAsync, "rejected");

    private async Task<IActionResult> DecideAsync(Func<Task> decide, string done)
    {
        if (await TryAsync(decide))
        {
            Done = $"Award {done}";
            return Redirect($"/workspace/awards/{Id}");
        }
        return await LoadAsync() ? Page() : Unavailable();
    }

    private async Task<bool> LoadAsync()
    {
        var loaded = await TryAsync(async () => Award = (await Api.Compensation.GetAwardAsync(new GetAwardRequest { Id = Id })).Award);
        if (loaded)
            Version = Award!.Version;
        return loaded;
    }
}
