using Complaints.Compensation.Calculation;
using Complaints.Compensation.Domain;
using FsCheck;
using FsCheck.Fluent;

namespace Complaints.Compensation.Tests;

/// <summary>Over random valid awards, each line's amount and the total match what the inputs and the table in force say, worked out here.</summary>
public sealed class LinePricingProperties
{
    private static readonly AwardCalculator Calculator = Rates.Calculator();

    // The rates written out again, so the expectation does not come from the options under test.
    private static readonly Dictionary<string, (long Before2027, long From2027)> TablePence = new()
    {
        ["MISSED_APPOINTMENT"] = (1500, 2000),
        ["LOSS_OF_HEATING_AND_HOT_WATER"] = (1500, 1800),
    };

    private static readonly Gen<LineInput> Lines = Gen.OneOf(
        from pence in Gen.Choose(1, 10_000_000)
        select new LineInput(AwardCategory.DistressAndInconvenience, "amount", pence, null, null, null),
        from rate in Gen.Choose(1, 100_000)
        from quantity in Gen.Choose(1, 1_000)
        select new LineInput(AwardCategory.TimeAndTrouble, "custom", null, null, new CustomRateInput(rate, quantity, "visit"), null),
        from code in Gen.Elements(TablePence.Keys.ToArray())
        from quantity in Gen.Choose(1, 365)
        select new LineInput(AwardCategory.FixedSum, "fixed", null, new TableRateInput(code, quantity), null, null));

    private static readonly Gen<DateOnly> Days = Gen.Choose(0, 1100).Select(offset => new DateOnly(2026, 4, 1).AddDays(offset));

    [Fact]
    public void EachLine_IsPricedFromItsInputs_AndTheTotalIsTheirSum()
    {
        var cases = from day in Days from lines in Lines.NonEmptyListOf() select (day, lines: lines.ToList());

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var award = Calculator.Calculate(c.lines, c.day);
            var expected = c.lines.Select(line => Expected(line, c.day)).ToList();
            return award.Lines.Select(l => l.AmountPence).SequenceEqual(expected)
                && award.TotalPence == expected.Sum()
                && award.Lines.Select(l => l.Number).SequenceEqual(Enumerable.Range(1, c.lines.Count));
        }).QuickCheckThrowOnFailure();
    }

    private static long Expected(LineInput line, DateOnly day) => line switch
    {
        { AmountPence: { } pence } => pence,
        { CustomRate: { } custom } => custom.RatePence * custom.Quantity,
        { TableRate: { } table } => (day < new DateOnly(2027, 4, 1) ? TablePence[table.RateCode].Before2027 : TablePence[table.RateCode].From2027) * table.Quantity,
        _ => throw new InvalidOperationException("a generated line always has one basis"),
    };
}
