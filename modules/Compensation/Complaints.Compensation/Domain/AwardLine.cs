namespace Complaints.Compensation.Domain;

/// <summary>The proto enum's numbers match these by design.</summary>
internal enum AwardCategory
{
    FinancialLoss = 1,
    LossOfOrDamageToPossessions = 2,
    TimeAndTrouble = 3,
    DistressAndInconvenience = 4,
    StatutoryPayment = 5,
    FixedSum = 6,
}

/// <summary>
/// One calculated line of an award. Rate lines keep their rate, quantity and unit so the sum can be shown and
/// checked; <see cref="AmountPence"/> is always the line's whole value in pence.
/// </summary>
internal sealed record AwardLine(
    int Number,
    AwardCategory Category,
    string Description,
    string? RateCode,
    long? RatePence,
    int? Quantity,
    string? Unit,
    long AmountPence,
    string? Evidence);
