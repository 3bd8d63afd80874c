using Complaints.Compensation.Awards;

namespace Complaints.Compensation.Tests;

/// <summary>Whole pence are shown as pounds with thousands separators and two pence digits, whatever the machine's culture.</summary>
public sealed class MoneyTests
{
    [Theory]
    [InlineData(0, "£0.00")]
    [InlineData(5, "£0.05")]
    [InlineData(100, "£1.00")]
    [InlineData(7500, "£75.00")]
    [InlineData(100000, "£1,000.00")]
    [InlineData(123456789, "£1,234,567.89")]
    [InlineData(-5, "-£0.05")]
    [InlineData(-150, "-£1.50")]
    public void Format_ShowsPoundsAndPence(long pence, string text) => Assert.Equal(text, Money.Format(pence));

    // The wrapped paid_pence of old was long.MinValue, whose negation is itself: the refusal quoting it recursed for ever.
    [Theory]
    [InlineData(long.MinValue, "-£92,233,720,368,547,758.08")]
    [InlineData(long.MaxValue, "£92,233,720,368,547,758.07")]
    public void Format_WhenPenceIsAtALongExtreme_ShowsItWithoutOverflow(long pence, string text) => Assert.Equal(text, Money.Format(pence));

    [Fact]
    public void Format_IgnoresTheCurrentCulture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("£1,234,567.89", Money.Format(123456789));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
