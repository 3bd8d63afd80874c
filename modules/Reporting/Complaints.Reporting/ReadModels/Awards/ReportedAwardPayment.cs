namespace Complaints.Reporting.ReadModels.Awards;

/// <summary>Money paid against an award (table <c>reporting_award_payments</c>): the day paid, and when recorded as happening.</summary>
internal sealed class ReportedAwardPayment
{
    public required long PaymentId { get; init; }

    public required long AwardId { get; init; }

    public required long AmountPence { get; init; }

    public required DateOnly PaidOn { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
