using Complaints.Compensation.Calculation;
using Complaints.Compensation.Domain;
using FsCheck;
using FsCheck.Fluent;

namespace Complaints.Compensation.Tests;

/// <summary>Properties of the calculator over random valid awards: integer pence, exact sums, numbering, bands.</summary>
public sealed class AwardCalculatorProperties
{
    private static readonly RatesOptions Options = Rates.Options();
    private static readonly AwardCalculator Calculator = new(Options, Rates.MaximumPence);
    private static readonly DateOnly AwardedOn = new(2026, 6, 1);

    private static readonly Gen<LineInput> AmountLines =
        from pence in Gen.Choose(1, 10_000_000)
        from category in Gen.Elements(AwardCategory.TimeAndTrouble, AwardCategory.DistressAndInconvenience, AwardCategory.StatutoryPayment)
        select new LineInput(category, "amount", pence, null, null, null);

    private static readonly Gen<LineInput> CustomLines =
        from rate in Gen.Choose(1, 100_000)
        from quantity in Gen.Choose(1, 1_000)
        select new LineInput(AwardCategory.TimeAndTrouble, "custom", null, null, new CustomRateInput(rate, quantity, "week"), null);

    private static readonly Gen<LineInput> TableLines =
        from code in Gen.Elements("MISSED_APPOINTMENT", "LOSS_OF_HEATING_AND_HOT_WATER")
        from quantity in Gen.Choose(1, 365)
        select new LineInput(AwardCategory.FixedSum, "fixed", null, new TableRateInput(code, quantity), null, null);

    private static readonly Gen<List<LineInput>> Awards =
        Gen.Choose(1, 12).SelectMany(n => Gen.ListOf(Gen.OneOf(AmountLines, CustomLines, TableLines), n)).Select(lines => lines.ToList());

    [Fact]
    public void TheTotal_IsExactlyTheSumOfTheLines()
    {
        Prop.ForAll(Awards.ToArbitrary(), lines =>
        {
            var award = Calculator.Calculate(lines, AwardedOn);
            return award.TotalPence == award.Lines.Sum(l => l.AmountPence);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ARateLine_IsItsRateTimesItsQuantity_AndAnAmountLineKeepsItsAmount()
    {
        Prop.ForAll(Awards.ToArbitrary(), lines =>
        {
            var award = Calculator.Calculate(lines, AwardedOn);
            return award.Lines.Zip(lines).All(pair => pair.First.RatePence is { } rate
                ? pair.First.AmountPence == rate * pair.First.Quantity!.Value
                : pair.First.AmountPence == pair.Second.AmountPence);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Lines_AreNumberedOneToNInTheOrderGiven()
    {
        Prop.ForAll(Awards.ToArbitrary(), lines =>
            Calculator.Calculate(lines, AwardedOn).Lines.Select(l => l.Number).SequenceEqual(Enumerable.Range(1, lines.Count)))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TheBand_IsTheFirstWhoseUpperEndCoversTheTotal()
    {
        Prop.ForAll(Awards.ToArbitrary(), lines =>
        {
            var award = Calculator.Calculate(lines, AwardedOn);
            var expected = Options.Bands.First(b => b.UpToPence is null || award.TotalPence <= b.UpToPence);
            return award.Band.Name == expected.Name;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void FixedSums_ArePricedFromTheTableInForceOnTheAwardsDate()
    {
        var cases = from days in Gen.Choose(0, 730) from quantity in Gen.Choose(1, 100) select (day: new DateOnly(2026, 4, 1).AddDays(days), quantity);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var line = new LineInput(AwardCategory.FixedSum, "missed", null, new TableRateInput("MISSED_APPOINTMENT", c.quantity), null, null);
            var award = Calculator.Calculate([line], c.day);
            var rate = c.day < new DateOnly(2027, 4, 1) ? 1500 : 2000;
            return award.TotalPence == rate * c.quantity && award.Rates!.EffectiveFrom == (rate == 1500 ? "2026-04-01" : "2027-04-01");
        }).QuickCheckThrowOnFailure();
    }
}
