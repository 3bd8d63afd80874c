using Complaints.Compensation.Calculation;
using Complaints.Compensation.Domain;

namespace Complaints.Compensation.Tests;

/// <summary>Each remedy band runs up to and including its limit; a total above every limit falls in the last band.</summary>
public sealed class BandTests
{
    private static readonly AwardCalculator Calculator = Rates.Calculator();

    [Theory]
    [InlineData(1, "Service failure")]
    [InlineData(10000, "Service failure")]
    [InlineData(10001, "Maladministration")]
    [InlineData(60000, "Maladministration")]
    [InlineData(60001, "Significant impact")]
    [InlineData(100000, "Significant impact")]
    [InlineData(100001, "Severe maladministration")]
    public void TheTotal_FallsInTheFirstBandThatCoversIt(long totalPence, string band)
    {
        // Split over two lines so the band follows the total, not a single line.
        var first = totalPence / 2;
        LineInput[] lines = first == 0
            ? [Amount(totalPence)]
            : [Amount(first), Amount(totalPence - first)];

        Assert.Equal(band, Calculator.Calculate(lines, new DateOnly(2026, 6, 1)).Band.Name);
    }

    [Fact]
    public void WhenEveryBandHasALimit_ATotalAboveThemAll_FallsInTheLast()
    {
        var options = new RatesOptions { Bands = [new RemedyBand { Name = "low", UpToPence = 100 }, new RemedyBand { Name = "high", UpToPence = 200 }] };

        Assert.Equal("high", options.BandFor(201).Name);
        Assert.Equal("low", options.BandFor(100).Name);
    }

    private static LineInput Amount(long pence) => new(AwardCategory.DistressAndInconvenience, "distress", pence, null, null, null);
}
