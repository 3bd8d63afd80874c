using Complaints.Compensation.Calculation;
using Complaints.Compensation.Domain;
using Complaints.Kernel.Errors;

namespace Complaints.Compensation.Tests;

/// <summary>Each kind of bad line on its own names exactly its field; good lines beside bad ones do not hide them.</summary>
public sealed class LineRefusalTests
{
    private static readonly AwardCalculator Calculator = Rates.Calculator();
    private static readonly DateOnly AwardedOn = new(2026, 6, 1);
    private static readonly LineInput Good = new(AwardCategory.TimeAndTrouble, "time and trouble", 5000, null, null, null);

    private static readonly (string Field, LineInput Line)[] Cases =
    [
        ("lines[1].category", new LineInput(null, "no category", 100, null, null, null)),
        ("lines[1].description", new LineInput(AwardCategory.TimeAndTrouble, "  ", 100, null, null, null)),
        ("lines[1].basis", new LineInput(AwardCategory.TimeAndTrouble, "no basis", null, null, null, null)),
        ("lines[1].basis", new LineInput(AwardCategory.FixedSum, "two bases", null, new TableRateInput("MISSED_APPOINTMENT", 1), new CustomRateInput(10, 1, "day"), null)),
        ("lines[1].evidence", new LineInput(AwardCategory.FinancialLoss, "no receipt", 100, null, null, null)),
        ("lines[1].table_rate", new LineInput(AwardCategory.FixedSum, "amount not rate", 1500, null, null, null)),
        ("lines[1].table_rate", new LineInput(AwardCategory.FixedSum, "own rate", null, null, new CustomRateInput(1500, 1, "day"), null)),
        ("lines[1].table_rate", new LineInput(AwardCategory.TimeAndTrouble, "table rate not fixed sum", null, new TableRateInput("MISSED_APPOINTMENT", 1), null, null)),
        ("lines[1].table_rate.rate_code", new LineInput(AwardCategory.FixedSum, "unknown", null, new TableRateInput("NOPE", 1), null, null)),
        ("lines[1].table_rate.quantity", new LineInput(AwardCategory.FixedSum, "none", null, new TableRateInput("MISSED_APPOINTMENT", 0), null, null)),
        ("lines[1].amount_pence", new LineInput(AwardCategory.TimeAndTrouble, "zero", 0, null, null, null)),
        ("lines[1].amount_pence", new LineInput(AwardCategory.TimeAndTrouble, "negative", -1, null, null, null)),
        ("lines[1].custom_rate.rate_pence", new LineInput(AwardCategory.TimeAndTrouble, "free", null, null, new CustomRateInput(0, 1, "day"), null)),
        ("lines[1].custom_rate.quantity", new LineInput(AwardCategory.TimeAndTrouble, "none", null, null, new CustomRateInput(100, 0, "day"), null)),
        ("lines[1].custom_rate.unit", new LineInput(AwardCategory.TimeAndTrouble, "no unit", null, null, new CustomRateInput(100, 1, " "), null)),
        ("lines[1].amount_pence", new LineInput(AwardCategory.TimeAndTrouble, "above the limit", Rates.MaximumPence + 1, null, null, null)),
        ("lines[1].amount_pence", new LineInput(AwardCategory.TimeAndTrouble, "int64 max", long.MaxValue, null, null, null)),
        ("lines[1].custom_rate.rate_pence", new LineInput(AwardCategory.TimeAndTrouble, "rate above the limit", null, null, new CustomRateInput(long.MaxValue / 2, 3, "day"), null)),
        ("lines[1]", new LineInput(AwardCategory.TimeAndTrouble, "product above the limit", null, null, new CustomRateInput(Rates.MaximumPence, 2, "day"), null)),
        ("lines[1]", new LineInput(AwardCategory.TimeAndTrouble, "int32 max days", null, null, new CustomRateInput(Rates.MaximumPence / 1000, int.MaxValue, "day"), null)),
        ("lines[1]", new LineInput(AwardCategory.FixedSum, "int32 max table days", null, new TableRateInput("LOSS_OF_HEATING_AND_HOT_WATER", int.MaxValue), null, null)),
        ("lines[1].custom_rate.quantity", new LineInput(AwardCategory.TimeAndTrouble, "int32 min", null, null, new CustomRateInput(100, int.MinValue, "day"), null)),
    ];

    public static TheoryData<string, int> BadLines()
    {
        var data = new TheoryData<string, int>();
        for (var i = 0; i < Cases.Length; i++)
            data.Add(Cases[i].Field, i);
        return data;
    }

    [Theory]
    [MemberData(nameof(BadLines))]
    public void ABadSecondLine_IsNamedByItsField_AndNothingElse(string field, int index)
    {
        var bad = Cases[index].Line;
        var error = Assert.Throws<ValidationException>(() => Calculator.Calculate([Good, bad, Good], AwardedOn));

        Assert.Equal([field], error.Violations.Select(v => v.Field));
    }

    [Fact]
    public void AFinancialLossWithEvidence_IsAccepted_AndKeepsTheEvidenceTrimmed()
    {
        var award = Calculator.Calculate([new LineInput(AwardCategory.FinancialLoss, " taxi ", 4200, null, null, " receipt 17 ")], AwardedOn);

        Assert.Equal(("taxi", "receipt 17", 4200L), (award.Lines[0].Description, award.Lines[0].Evidence, award.Lines[0].AmountPence));
    }

    [Fact]
    public void Calculate_WhenRateTimesQuantityIsAtTheSafetyLimit_IsPriced_AndAPennyMoreIsRefused()
    {
        var fits = new LineInput(AwardCategory.TimeAndTrouble, "max", null, null, new CustomRateInput(Rates.MaximumPence / 4, 4, "day"), null);
        var over = fits with { CustomRate = new CustomRateInput((Rates.MaximumPence / 4) + 1, 4, "day") };

        Assert.Equal(Rates.MaximumPence, Calculator.Calculate([fits], AwardedOn).TotalPence);
        Assert.Equal("lines[0]", Assert.Single(Assert.Throws<ValidationException>(() => Calculator.Calculate([over], AwardedOn)).Violations).Field);
    }

    [Fact]
    public void Calculate_WhenTheTotalIsAtTheSafetyLimit_IsPriced_AndAPennyMoreIsRefusedOnLines()
    {
        LineInput Line(long pence) => new(AwardCategory.TimeAndTrouble, "t", pence, null, null, null);

        var award = Calculator.Calculate([Line(Rates.MaximumPence - 1), Line(1)], AwardedOn);
        var error = Assert.Throws<ValidationException>(() => Calculator.Calculate([Line(Rates.MaximumPence), Line(1)], AwardedOn));

        Assert.Equal((Rates.MaximumPence, "Severe maladministration"), (award.TotalPence, award.Band.Name));
        Assert.Equal("lines", Assert.Single(error.Violations).Field);
    }

    [Fact]
    public void Calculate_WhenTheLimitIsInt64MaxAndTheTotalOverflows_IsRefusedOnLines_NotWrapped()
    {
        var unlimited = new AwardCalculator(Rates.Options(), long.MaxValue);
        var huge = new LineInput(AwardCategory.TimeAndTrouble, "huge", long.MaxValue - 1, null, null, null);

        var error = Assert.Throws<ValidationException>(() => unlimited.Calculate([huge, huge], AwardedOn));

        Assert.Equal("lines", Assert.Single(error.Violations).Field);
    }
}
