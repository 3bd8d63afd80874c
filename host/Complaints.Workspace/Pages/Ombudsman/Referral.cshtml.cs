using Complaints.Intake.Api.V1;
using Complaints.OmbudsmanLiaison.Api.V1;
using Complaints.Workspace.Api;
using Microsoft.AspNetCore.Mvc;

namespace Complaints.Workspace.Pages;

/// <summary>
/// A referral to the Ombudsman: recording it against a complaint (by the Ombudsman's case number), then its evidence
/// requests, and the determination — a finding per element, and the orders the Ombudsman made — as the Ombudsman sends
/// them. The case number opens the referral: <c>/workspace/ombudsman/referrals/{case}</c>.
/// </summary>
public sealed class ReferralModel : WorkspacePage
{
    public const int Rows = 3;

    public static readonly (Finding Finding, string Words)[] Findings =
    [
        (Finding.NoMaladministration, "No maladministration"), (Finding.ServiceFailure, "Service failure"), (Finding.Maladministration, "Maladministration"),
        (Finding.SevereMaladministration, "Severe maladministration"), (Finding.Redress, "Reasonable redress"), (Finding.OutsideJurisdiction, "Outside jurisdiction"),
    ];

    public static readonly (OrderType Type, string Words)[] OrderTypes =
    [
        (OrderType.Apology, "Apology"), (OrderType.Compensation, "Compensation"), (OrderType.Works, "Works"),
        (OrderType.ReviewOfPolicy, "Review of policy"), (OrderType.StaffTraining, "Staff training"), (OrderType.Other, "Other"),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Case { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Complaint { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? On { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public List<Row> Lines { get; set; } = [];

    public Referral? Referral { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Lines = [.. Enumerable.Range(0, Rows).Select(_ => new Row())];
        if (!string.IsNullOrWhiteSpace(Case))
            await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostReferAsync()
    {
        var done = await TryAsync(async () =>
        {
            var complaint = (await Api.Intake.GetComplaintAsync(new GetComplaintRequest { Reference = Complaint?.Trim() ?? "" })).Complaint;
            Referral = (await Api.Ombudsman.RecordReferralAsync(new RecordReferralRequest
            {
                OmbudsmanCaseReference = Case?.Trim() ?? "", ReferredOn = On?.Trim() ?? "", Summary = Summary?.Trim() ?? "", ComplaintIds = { complaint.Id },
            })).Referral;
        });
        return done ? Back("Referral recorded") : Again();
    }

    public async Task<IActionResult> OnPostEvidenceRequestAsync() => await LoadAsync() && await TryAsync(() => Api.Ombudsman.RecordEvidenceRequestAsync(new RecordEvidenceRequestRequest
    {
        ReferralId = Referral!.Id, What = Text?.Trim() ?? "", DueOn = On?.Trim() ?? "",
    }).ResponseAsync) ? Back("Evidence request recorded") : Again();

    public async Task<IActionResult> OnPostDeterminationAsync()
    {
        if (!await LoadAsync())
            return Again();
        var complaintId = Referral!.Complaints.FirstOrDefault()?.ComplaintId ?? "";
        var request = new RecordDeterminationRequest { ReferralId = Referral.Id, DeterminedOn = On?.Trim() ?? "" };
        request.Findings.AddRange(Lines.Where(r => !string.IsNullOrWhiteSpace(r.Element)).Select(r => new ElementFinding
        {
            Element = r.Element!.Trim(), ComplaintId = complaintId, Finding = Findings.FirstOrDefault(f => f.Finding.ToString() == r.Finding).Finding,
        }));
        request.Orders.AddRange(Lines.Where(r => !string.IsNullOrWhiteSpace(r.OrderType)).Select(r => new OrderInput
        {
            Type = OrderTypes.FirstOrDefault(o => o.Type.ToString() == r.OrderType).Type, Description = r.OrderDescription?.Trim() ?? "",
            AmountPence = (long)Math.Round(r.Pounds * 100m), DueOn = r.DueOn?.Trim() ?? "", Owner = r.Owner?.Trim() ?? "", ComplaintId = complaintId,
        }));
        return await TryAsync(() => Api.Ombudsman.RecordDeterminationAsync(request).ResponseAsync) ? Back("Determination recorded") : Again();
    }

    private IActionResult Back(string banner)
    {
        Done = banner;
        return Redirect($"/workspace/ombudsman/referrals/{Uri.EscapeDataString(Case?.Trim() ?? "")}");
    }

    private IActionResult Again()
    {
        if (Lines.Count == 0)
            Lines = [.. Enumerable.Range(0, Rows).Select(_ => new Row())];
        return Page();
    }

    private Task<bool> LoadAsync() => TryAsync(async () =>
        Referral = (await Api.Ombudsman.GetReferralAsync(new GetReferralRequest { OmbudsmanCaseReference = Case?.Trim() ?? "" })).Referral);

    /// <summary>One row of the determination: an element and its finding, and an order.</summary>
    public sealed class Row
    {
        public string? Element { get; set; }

        public string? Finding { get; set; }

        public string? OrderType { get; set; }

        public string? OrderDescription { get; set; }

        public decimal Pounds { get; set; }

        public string? DueOn { get; set; }

        public string? Owner { get; set; }
    }
}
