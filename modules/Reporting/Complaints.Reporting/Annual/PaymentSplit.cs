using Complaints.Compensation.Contracts;

namespace Complaints.Reporting.Annual;

/// <summary>
/// Splits one payment across its award's categories in proportion to their amounts, to the penny: each category gets
/// the whole pence of its share, and the pence left over go to the largest fractions (ties: the category listed
/// first; the reader lists them in the categories' own order, so a split never depends on how rows come back). A payment of the whole award splits into exactly the award's category amounts.
/// </summary>
internal static class PaymentSplit
{
    public static IEnumerable<(CompensationCategory Category, long Pence)> Split(long paymentPence, IReadOnlyList<(CompensationCategory Category, long Pence)> award)
    {
        var total = award.Sum(c => c.Pence);
        if (total <= 0)
            return [];
        // Int128: a payment times a category's amount may pass what a long holds.
        var shares = award.Select((c, i) => (c.Category, Index: i, Whole: (long)((Int128)paymentPence * c.Pence / total),
            Fraction: (Int128)paymentPence * c.Pence % total)).ToList();
        var left = paymentPence - shares.Sum(s => s.Whole);
        var topUp = shares.OrderByDescending(s => s.Fraction).ThenBy(s => s.Index).Take((int)left).Select(s => s.Index).ToHashSet();
        return shares.Select(s => (s.Category, s.Whole + (topUp.Contains(s.Index) ? 1 : 0)));
    }
}
