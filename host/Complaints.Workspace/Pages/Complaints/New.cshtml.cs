using Complaints.Intake.Api.V1;
using Complaints.SystemApi.V1;
using Complaints.Workspace.Api;
using Microsoft.AspNetCore.Mvc;

namespace Complaints.Workspace.Pages;

/// <summary>
/// Logging a complaint from a phone call in under a minute: the channel (phone first), who, which home, what went wrong,
/// its category, and whether it mentions damp, mould or a danger in the home (an Awaab's Law hazard report). An
/// idempotency key made with the form means a second press of the button logs nothing twice.
/// </summary>
public sealed class LogComplaintModel : WorkspacePage
{
    public static readonly (Channel Channel, string Words)[] Channels =
    [
        (Channel.Phone, "Phone"), (Channel.Email, "Email"), (Channel.Letter, "Letter"), (Channel.InPerson, "In person"),
        (Channel.Web, "Website"), (Channel.LiveChat, "Live chat"), (Channel.SocialMedia, "Social media"),
    ];

    [BindProperty]
    public ComplaintForm Form { get; set; } = new();

    public IReadOnlyList<(string Code, string Words)> Categories { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Form.IdempotencyKey = Guid.NewGuid().ToString("N");
        await LoadCategoriesAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var request = new LogComplaintRequest
        {
            Channel = Channels.FirstOrDefault(c => c.Channel.ToString() == Form.Channel).Channel,
            ResidentReference = Form.ResidentReference?.Trim() ?? "",
            PropertyReference = Form.PropertyReference?.Trim() ?? "",
            Description = Form.Description?.Trim() ?? "",
            Category = Form.Category ?? "",
            IdempotencyKey = Form.IdempotencyKey ?? "",
        };
        if (Form.MentionsHazard)
            request.Hazard = new HazardMention();
        Complaint? logged = null;
        if (await TryAsync(async () => logged = (await Api.Intake.LogComplaintAsync(request)).Complaint))
        {
            Done = $"Complaint {logged!.Reference} logged";
            return Redirect($"/workspace/complaints/{logged.Id}");
        }
        await LoadCategoriesAsync();
        return Page();
    }

    private async Task LoadCategoriesAsync()
    {
        var profile = await Api.System.GetPolicyProfileAsync(new GetPolicyProfileRequest());
        Categories = Client.ProfileLists.Entries(profile.ProfileJson, "intake", "complaintCategories");
    }

    public sealed class ComplaintForm
    {
        public string Channel { get; set; } = nameof(Complaints.Intake.Api.V1.Channel.Phone);

        public string? ResidentReference { get; set; }

        public string? PropertyReference { get; set; }

        public string? Description { get; set; }

        public string? Category { get; set; }

        public bool MentionsHazard { get; set; }

        public string? IdempotencyKey { get; set; }
    }
}
