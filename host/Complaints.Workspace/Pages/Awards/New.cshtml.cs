using Complaints.Compensation.Api.V1;
using Complaints.Intake.Api.V1;
using Complaints.Workspace.Api;
using Microsoft.AspNetCore.Mvc;

namespace Complaints.Workspace.Pages;

/// <summary>
/// The compensation calculator: lines by category, or a fixed sum from the Ombudsman's table in force times a
/// quantity; "Calculate" shows each line, the total and its remedy band with the band's guidance; "Propose" proposes
/// the award for the complaint. The arithmetic and the bands are the API's (CalculateAward), never the page's.
/// </summary>
public sealed class ProposeAwardModel : WorkspacePage
{
    public const int Rows = 4;

    public static readonly (AwardCategory Category, string Words)[] Categories =
    [
        (AwardCategory.TimeAndTrouble, "Time and trouble"), (AwardCategory.DistressAndInconvenience, "Distress and inconvenience"),
        (AwardCategory.FinancialLoss, "Financial loss"), (AwardCategory.LossOfOrDamageToPossessions, "Loss of or damage to possessions"),
        (AwardCategory.StatutoryPayment, "Statutory payment"), (AwardCategory.FixedSum, "Fixed sum (from the table)"),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Complaint { get; set; }

    [BindProperty]
    public List<LineForm> Lines { get; set; } = [];

    [BindProperty]
    public string? Rationale { get; set; }

    public CalculateAwardResponse? Calculation { get; private set; }

    public IReadOnlyList<FixedSumRate> Rates { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Lines = [.. Enumerable.Range(0, Rows).Select(_ => new LineForm())];
        await TryAsync(async () => Rates = (await Api.Compensation.CalculateAwardAsync(new CalculateAwardRequest())).RatesInForce);
    }

    public async Task<IActionResult> OnPostCalculateAsync()
    {
        await TryAsync(async () =>
        {
            Calculation = await Api.Compensation.CalculateAwardAsync(new CalculateAwardRequest { Lines = { Filled() } });
            Rates = Calculation.RatesInForce;
        });
        return Page();
    }

    public async Task<IActionResult> OnPostProposeAsync()
    {
        Award? proposed = null;
        var done = await TryAsync(async () =>
        {
            var complaint = (await Api.Intake.GetComplaintAsync(ComplaintRequest())).Complaint;
            proposed = (await Api.Compensation.ProposeAwardAsync(new ProposeAwardRequest
            {
                ComplaintId = complaint.Id, Rationale = Rationale?.Trim() ?? "", Lines = { Filled() },
            })).Award;
        });
        if (done)
        {
            Done = $"Award {proposed!.Reference} proposed";
            return Redirect($"/workspace/awards/{proposed.Id}");
        }
        await TryAsync(async () => Rates = (await Api.Compensation.CalculateAwardAsync(new CalculateAwardRequest())).RatesInForce);
        return Page();
    }

    /// <summary>The complaint by its reference (as typed) or its id (as linked from the complaint page).</summary>
    private GetComplaintRequest ComplaintRequest()
    {
        var given = Complaint?.Trim() ?? "";
        return Guid.TryParse(given, out _) ? new GetComplaintRequest { Id = given } : new GetComplaintRequest { Reference = given };
    }

    private IEnumerable<AwardLineInput> Filled() => Lines.Where(l => !string.IsNullOrWhiteSpace(l.Category)).Select(l =>
    {
        var category = Categories.FirstOrDefault(c => c.Category.ToString() == l.Category).Category;
        var line = new AwardLineInput { Category = category, Description = l.Description?.Trim() ?? "", Evidence = l.Evidence?.Trim() ?? "" };
        if (category == AwardCategory.FixedSum)
            line.TableRate = new TableRate { RateCode = l.RateCode ?? "", Quantity = l.Quantity };
        else
            line.AmountPence = (long)Math.Round(l.Pounds * 100m);
        return line;
    });

    public sealed class LineForm
    {
        public string? Category { get; set; }

        public string? Description { get; set; }

        public decimal Pounds { get; set; }

        public string? RateCode { get; set; }

        public int Quantity { get; set; }

        public string? Evidence { get; set; }
    }
}
