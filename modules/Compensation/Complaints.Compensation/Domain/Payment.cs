namespace Complaints.Compensation.Domain;

/// <summary>Money paid against an award; the finance system's reference is unique per award, so a retry cannot pay twice.</summary>
internal sealed class Payment
{
    public long Id { get; init; }

    public required long AwardId { get; init; }

    public required PaymentMethod Method { get; init; }

    public required string Reference { get; init; }

    public required long AmountPence { get; init; }

    public required DateOnly PaidOn { get; init; }

    public bool ResidentAgreedOffset { get; init; }

    public required string RecordedBy { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}

/// <summary>The proto enum's numbers match these by design.</summary>
internal enum PaymentMethod
{
    BankTransfer = 1,
    Cheque = 2,
    RentAccountCredit = 3,
    RentArrearsOffset = 4,
}
