using Complaints.Compensation.Calculation;
using Complaints.Compensation.Domain;
using Complaints.Kernel.Errors;

namespace Complaints.Compensation.Tests;

/// <summary>A fixed-sum line is priced from the rates table in force on the award's date, switching exactly on a table's first day.</summary>
public sealed class RatesByDateTests
{
    private static readonly AwardCalculator Calculator = Rates.Calculator();

    [Theory]
    [InlineData("2026-04-01", "MISSED_APPOINTMENT", 1500, "2026-04-01")]
    [InlineData("2027-03-31", "MISSED_APPOINTMENT", 1500, "2026-04-01")]
    [InlineData("2027-04-01", "MISSED_APPOINTMENT", 2000, "2027-04-01")]
    [InlineData("2027-03-31", "LOSS_OF_HEATING_AND_HOT_WATER", 1500, "2026-04-01")]
    [InlineData("2027-04-01", "LOSS_OF_HEATING_AND_HOT_WATER", 1800, "2027-04-01")]
    [InlineData("2030-01-01", "LOSS_OF_HEATING_AND_HOT_WATER", 1800, "2027-04-01")]
    public void AFixedSum_UsesTheTableInForceThatDay(string day, string code, long ratePence, string tableFrom)
    {
        var award = Calculator.Calculate([FixedSum(code, 3)], DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        var line = Assert.Single(award.Lines);
        Assert.Equal((code, ratePence, 3, ratePence * 3), (line.RateCode, line.RatePence!.Value, line.Quantity!.Value, line.AmountPence));
        Assert.Equal(code == "MISSED_APPOINTMENT" ? "appointment" : "day", line.Unit);
        Assert.Equal(tableFrom, award.Rates!.EffectiveFrom);
    }

    [Fact]
    public void BeforeTheFirstTable_AFixedSumIsRefused_SayingNoTableIsInForce()
    {
        var error = Assert.Throws<ValidationException>(() => Calculator.Calculate([FixedSum("MISSED_APPOINTMENT", 1)], new DateOnly(2025, 12, 25)));

        var violation = Assert.Single(error.Violations);
        Assert.Equal("lines[0].table_rate.rate_code", violation.Field);
        Assert.Contains("no rates table is in force", violation.Description);
    }

    [Fact]
    public void BeforeTheFirstTable_AnAmountLineIsStillPriced_WithNoTable()
    {
        var award = Calculator.Calculate([new LineInput(AwardCategory.TimeAndTrouble, "time", 2500, null, null, null)], new DateOnly(2025, 12, 25));

        Assert.Equal(2500, award.TotalPence);
        Assert.Null(award.Rates);
    }

    [Fact]
    public void AnUnknownCode_IsRefused_ListingTheCodesInForce()
    {
        var error = Assert.Throws<ValidationException>(() => Calculator.Calculate([FixedSum("DAMP_AND_MOULD", 1)], new DateOnly(2027, 5, 1)));

        var violation = Assert.Single(error.Violations);
        Assert.Equal("lines[0].table_rate.rate_code", violation.Field);
        Assert.Contains("'DAMP_AND_MOULD'", violation.Description);
        Assert.Contains("MISSED_APPOINTMENT, LOSS_OF_HEATING_AND_HOT_WATER", violation.Description);
    }

    [Theory]
    [InlineData("2026-03-31", null)]
    [InlineData("2026-04-01", "2026-04-01")]
    [InlineData("2027-03-31", "2026-04-01")]
    [InlineData("2027-04-01", "2027-04-01")]
    public void InForceOn_IsTheLatestTableStartedByThatDay(string day, string? expectedFrom) =>
        Assert.Equal(expectedFrom, Rates.Options().InForceOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))?.EffectiveFrom);

    private static LineInput FixedSum(string code, int quantity) =>
        new(AwardCategory.FixedSum, "fixed sum", null, new TableRateInput(code, quantity), null, null);
}
