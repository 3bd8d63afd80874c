using Complaints.Compensation.Calculation;
using Complaints.Compensation.Domain;
using Complaints.Kernel.Errors;

namespace Complaints.Compensation.Tests;

/// <summary>Every bad line is refused by field, all at once; an overflow is refused, never wrapped.</summary>
public sealed class AwardCalculatorRefusalTests
{
    private static readonly AwardCalculator Calculator = Rates.Calculator();
    private static readonly DateOnly AwardedOn = new(2026, 6, 1);

    [Fact]
    public void NoLines_IsRefused() => Assert.Equal(["lines"], Fields([]));

    [Fact]
    public void EachProblem_IsNamedByItsField()
    {
        var fields = Fields(
        [
            new LineInput(null, "", 100, null, null, null),
            new LineInput(AwardCategory.TimeAndTrouble, "two bases", 100, null, new CustomRateInput(10, 1, "day"), null),
            new LineInput(AwardCategory.FinancialLoss, "no evidence", 100, null, null, " "),
            new LineInput(AwardCategory.FixedSum, "amount, not a table rate", 100, null, null, null),
            new LineInput(AwardCategory.FixedSum, "unknown rate", null, new TableRateInput("NO_SUCH_RATE", 0), null, null),
            new LineInput(AwardCategory.TimeAndTrouble, "nothing", -5, null, null, null),
            new LineInput(AwardCategory.TimeAndTrouble, "bad custom", null, null, new CustomRateInput(0, 0, ""), null),
        ]);

        Assert.Equal(
        [
            "lines[0].category", "lines[0].description",
            "lines[1].basis",
            "lines[2].evidence",
            "lines[3].table_rate",
            "lines[4].table_rate.rate_code", "lines[4].table_rate.quantity",
            "lines[5].amount_pence",
            "lines[6].custom_rate.rate_pence", "lines[6].custom_rate.quantity", "lines[6].custom_rate.unit",
        ], fields);
    }

    [Fact]
    public void BeforeAnyRatesTable_AFixedSumCannotBePriced()
    {
        var error = Assert.Throws<ValidationException>(() => Calculator.Calculate(
            [new LineInput(AwardCategory.FixedSum, "missed", null, new TableRateInput("MISSED_APPOINTMENT", 1), null, null)], new DateOnly(2026, 3, 31)));

        Assert.Equal("lines[0].table_rate.rate_code", error.Violations.Single().Field);
        Assert.Contains("no rates table is in force on 2026-03-31", error.Violations.Single().Description);
    }

    [Fact]
    public void RateTimesQuantity_TooLargeToPay_IsRefused()
    {
        Assert.Equal(["lines[0]"], Fields([new LineInput(AwardCategory.TimeAndTrouble, "huge", null, null, new CustomRateInput(Rates.MaximumPence, 2, "day"), null)]));
    }

    [Fact]
    public void ATotalTooLargeToPay_IsRefused()
    {
        var huge = new LineInput(AwardCategory.TimeAndTrouble, "huge", Rates.MaximumPence, null, null, null);

        Assert.Equal(["lines"], Fields([huge, huge]));
    }

    [Theory]
    [InlineData(10000, "Service failure")]
    [InlineData(10001, "Maladministration")]
    [InlineData(60000, "Maladministration")]
    [InlineData(100000, "Significant impact")]
    [InlineData(100001, "Severe maladministration")]
    public void BandBoundaries_AreInclusiveAtTheTop(long pence, string band) =>
        Assert.Equal(band, Calculator.Calculate([new LineInput(AwardCategory.TimeAndTrouble, "t", pence, null, null, null)], AwardedOn).Band.Name);

    private static List<string> Fields(IReadOnlyList<LineInput> lines) =>
        Assert.Throws<ValidationException>(() => Calculator.Calculate(lines, AwardedOn)).Violations.Select(v => v.Field).ToList();
}
