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
        DecideAsync(() => Api.Compensation.ApproveAwardAsync(new ApproveAwardRequest { AwardId = Id, Reason = Reason?.Trim() ?? "", ExpectedVersion = Version }).ResponseAsync, "Award approved");

    public Task<IActionResult> OnPostRejectAsync() =>
        DecideAsync(() => Api.Compensation.RejectAwardAsync(new RejectAwardRequest { AwardId = Id, Reason = Reason?.Trim() ?? "", ExpectedVersion = Version }).ResponseAsync, "Award rejected");

    [BindProperty]
    public string? Answer { get; set; }

    [BindProperty]
    public PaymentForm Payment { get; set; } = new();

    /// <summary>The resident's answer to the offer: accepted, declined or no reply.</summary>
    public Task<IActionResult> OnPostOfferAsync() =>
        DecideAsync(() => Api.Compensation.RecordOfferResponseAsync(new RecordOfferResponseRequest
        {
            AwardId = Id, Note = Reason?.Trim() ?? "",
            Response = Answer switch { "accepted" => OfferResponse.Accepted, "declined" => OfferResponse.Declined, "no-reply" => OfferResponse.NoReply, _ => OfferResponse.Unspecified },
        }).ResponseAsync, "The resident's answer is recorded");

    public Task<IActionResult> OnPostPaymentAsync() =>
        DecideAsync(() => Api.Compensation.RecordPaymentAsync(new RecordPaymentRequest
        {
            AwardId = Id, AmountPence = (long)Math.Round(Payment.Pounds * 100m), PaymentReference = Payment.Reference?.Trim() ?? "", PaidOn = Payment.PaidOn?.Trim() ?? "",
            Method = Payment.Method switch
            {
                "bank-transfer" => PaymentMethod.BankTransfer, "cheque" => PaymentMethod.Cheque, "rent-account-credit" => PaymentMethod.RentAccountCredit,
                _ => PaymentMethod.Unspecified,
            },
        }).ResponseAsync, "Payment recorded");

    private async Task<IActionResult> DecideAsync(Func<Task> decide, string banner)
    {
        if (await TryAsync(decide))
        {
            Done = banner;
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

    public sealed class PaymentForm
    {
        public string? Method { get; set; }

        public string? Reference { get; set; }

        public decimal Pounds { get; set; }

        public string? PaidOn { get; set; }
    }
}
