using Complaints.Intake.Api.V1;
using Complaints.Investigation.Api.V1;
using Complaints.Workspace.Api;
using Microsoft.AspNetCore.Mvc;

namespace Complaints.Workspace.Pages;

/// <summary>
/// Writing the stage 1 response: the definition, a decision with reasons on each point, the remedy, outstanding
/// actions and how to escalate. "Check" shows the Code's checklist with each gap named and a draft of the letter;
/// "Issue" sends it through IssueResponse and shows the letter the server rendered.
/// </summary>
public sealed class RespondModel : WorkspacePage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public ResponseForm Form { get; set; } = new();

    public Complaint? Complaint { get; private set; }

    public IReadOnlyList<ResponseChecklist.Item>? Checklist { get; private set; }

    public string? IssuedLetter { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
            return Unavailable();
        Form.Definition = Complaint!.ComplaintDefinition;
        Form.Decisions = Points().Select(p => new DecisionForm { Point = p }).ToList();
        Form.EscalationInformation = "If you are unhappy with this response, tell us within 20 working days and we will review it at stage 2.";
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync()
    {
        if (!await LoadAsync())
            return Unavailable();
        Checklist = ResponseChecklist.Check(Form, Points().Count);
        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync()
    {
        if (!await LoadAsync())
            return Unavailable();
        var request = new IssueResponseRequest
        {
            ComplaintId = Id, Stage = 1, ComplaintDefinition = Form.Definition?.Trim() ?? "", EscalationInformation = Form.EscalationInformation?.Trim() ?? "",
        };
        request.Decisions.AddRange(Form.Decisions.Select(d => new PointDecision { Point = d.Point ?? "", Outcome = Outcome(d.Outcome), Reasons = d.Reasons?.Trim() ?? "" }));
        if (!string.IsNullOrWhiteSpace(Form.Apology))
            request.Remedies.Add(new Remedy { Kind = RemedyKind.Apology, Description = Form.Apology.Trim() });
        if (Form.CompensationPounds > 0)
            request.Remedies.Add(new Remedy { Kind = RemedyKind.Compensation, Description = "Compensation", AmountPence = (long)(Form.CompensationPounds * 100) });
        if (!string.IsNullOrWhiteSpace(Form.OutstandingAction))
            request.OutstandingActions.Add(new OutstandingAction { Description = Form.OutstandingAction.Trim(), DueOn = Form.OutstandingActionDueOn ?? "" });
        IssueResponseResponse? issued = null;
        if (await TryAsync(async () => issued = await Api.Investigation.IssueResponseAsync(request)))
        {
            IssuedLetter = issued!.Letter;
            Done = "Stage 1 response issued";
            return Page();
        }
        Checklist = ResponseChecklist.Check(Form, Points().Count);
        return Page();
    }

    private IReadOnlyList<string> Points() =>
        Complaint!.Points.Count > 0 ? Complaint.Points.Select(p => p.Text).ToList() : [Complaint.Description];

    private Task<bool> LoadAsync() =>
        TryAsync(async () => Complaint = (await Api.Intake.GetComplaintAsync(new GetComplaintRequest { Id = Id })).Complaint);

    private static DecisionOutcome Outcome(string? value) => value switch
    {
        "upheld" => DecisionOutcome.Upheld,
        "partly-upheld" => DecisionOutcome.PartlyUpheld,
        "not-upheld" => DecisionOutcome.NotUpheld,
        _ => DecisionOutcome.Unspecified,
    };

    public sealed class ResponseForm
    {
        public string? Definition { get; set; }

        public List<DecisionForm> Decisions { get; set; } = [];

        public string? Apology { get; set; }

        public decimal CompensationPounds { get; set; }

        public string? OutstandingAction { get; set; }

        public string? OutstandingActionDueOn { get; set; }

        public string? EscalationInformation { get; set; }

        public bool AnyUpheld => Decisions.Any(d => d.Outcome is "upheld" or "partly-upheld");
    }

    public sealed class DecisionForm
    {
        public string? Point { get; set; }

        public string? Outcome { get; set; }

        public string? Reasons { get; set; }
    }
}
