using Complaints.Compensation.Contracts;
using Complaints.Compensation.Domain;

namespace Complaints.Compensation.Awards;

/// <summary>An award's events as the contracts state them: lines added up by category, enums mapped one by one.</summary>
internal static class AwardEvents
{
    public static AwardProposedEvent Proposed(Award award) =>
        new(award.Id, award.Reference, award.ComplaintId, award.OmbudsmanCaseReference, award.TotalPence, Categories(award), award.Band,
            award.AwardedOn, award.ProposedBy, award.ProposedAt);

    public static AwardApprovedEvent Approved(Award award, string approvedBy, DateTimeOffset at) =>
        new(award.Id, award.Reference, award.ComplaintId, award.OmbudsmanCaseReference, award.ApprovedPence!.Value, Categories(award), award.Band,
            approvedBy, at);

    public static AwardPaidEvent Paid(Award award, Payment payment) =>
        new(award.Id, award.Reference, award.ComplaintId, payment.Id, payment.AmountPence, award.PaidPence, award.Status == AwardStatus.Paid,
            payment.PaidOn, Method(payment.Method), payment.RecordedAt);

    public static OfferAnswer Answer(AwardTrigger response) => response switch
    {
        AwardTrigger.Accept => OfferAnswer.Accepted,
        AwardTrigger.Decline => OfferAnswer.Declined,
        AwardTrigger.NoReply => OfferAnswer.NoReply,
        _ => throw new ArgumentOutOfRangeException(nameof(response), response, "not an answer to an offer"),
    };

    /// <summary>In the order the categories first appear on the award.</summary>
    private static List<CategoryAmount> Categories(Award award) =>
        award.Lines.GroupBy(l => l.Category).Select(g => new CategoryAmount(Category(g.Key), g.Sum(l => l.AmountPence))).ToList();

    private static CompensationCategory Category(AwardCategory category) => category switch
    {
        AwardCategory.FinancialLoss => CompensationCategory.FinancialLoss,
        AwardCategory.LossOfOrDamageToPossessions => CompensationCategory.LossOfOrDamageToPossessions,
        AwardCategory.TimeAndTrouble => CompensationCategory.TimeAndTrouble,
        AwardCategory.DistressAndInconvenience => CompensationCategory.DistressAndInconvenience,
        AwardCategory.StatutoryPayment => CompensationCategory.StatutoryPayment,
        AwardCategory.FixedSum => CompensationCategory.FixedSum,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    private static CompensationPaymentMethod Method(PaymentMethod method) => method switch
    {
        PaymentMethod.BankTransfer => CompensationPaymentMethod.BankTransfer,
        PaymentMethod.Cheque => CompensationPaymentMethod.Cheque,
        PaymentMethod.RentAccountCredit => CompensationPaymentMethod.RentAccountCredit,
        PaymentMethod.RentArrearsOffset => CompensationPaymentMethod.RentArrearsOffset,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
