namespace Complaints.Compensation.Contracts;

/// <summary>What an award's line is for: the Ombudsman's award categories.</summary>
public enum CompensationCategory
{
    FinancialLoss = 1,
    LossOfOrDamageToPossessions = 2,
    TimeAndTrouble = 3,
    DistressAndInconvenience = 4,
    StatutoryPayment = 5,
    FixedSum = 6,
}

/// <summary>An award's lines of one category, added up, in pence.</summary>
public sealed record CategoryAmount(CompensationCategory Category, long AmountPence);

/// <summary>The resident's answer to an offer.</summary>
public enum OfferAnswer
{
    Accepted = 1,
    Declined = 2,
    NoReply = 3,
}

/// <summary>How a payment was made.</summary>
public enum CompensationPaymentMethod
{
    BankTransfer = 1,
    Cheque = 2,
    RentAccountCredit = 3,
    RentArrearsOffset = 4,
}
