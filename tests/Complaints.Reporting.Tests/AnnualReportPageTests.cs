using System.Text.RegularExpressions;
using System.Xml.Linq;
using Complaints.Reporting.AnnualReports;
using Complaints.Reporting.AnnualReports.SelfAssessment;
using Complaints.Reporting.Contracts;

namespace Complaints.Reporting.Tests;

/// <summary>The annual report page renders each chart as well-formed SVG with one bar per value, and every provision.</summary>
public sealed partial class AnnualReportPageTests
{
    [Fact]
    public void Each_chart_is_well_formed_svg_with_one_bar_per_value()
    {
        var html = AnnualReportPage.Render(Sample());

        var charts = Charts(html);
        Assert.Equal(24, Bars(charts["chart-months"]).Count); // 12 months x 2 stages, zero months included
        Assert.Equal(["Phone", "Email"], Bars(charts["chart-channels"]).Select(b => (string)b.Attribute("data-label")!));
        Assert.Equal(["7", "3"], Bars(charts["chart-channels"]).Select(b => (string)b.Attribute("data-value")!));
        Assert.Equal(4, Bars(charts["chart-timeliness"]).Count);
        Assert.Equal(2, Bars(charts["chart-bands"]).Count);
        Assert.DoesNotContain("chart-findings", charts.Keys); // no determinations: a sentence, not an empty chart
    }

    [Fact]
    public void The_tallest_bar_is_the_largest_value()
    {
        var months = Bars(Charts(AnnualReportPage.Render(Sample()))["chart-months"]);
        var tallest = months.MaxBy(b => double.Parse((string)b.Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture))!;
        Assert.Equal("Stage 1, Jun", (string)tallest.Attribute("data-label")!);
    }

    [Fact]
    public void Every_provision_is_answered_with_its_evidence_and_the_page_fetches_nothing()
    {
        var html = AnnualReportPage.Render(Sample());

        foreach (var provision in ProvisionCatalogue.Provisions)
            Assert.Contains($"id=\"provision-{provision.Id}\"", html);
        Assert.Contains("Partly", html);
        Assert.Contains("Tenant panel reviewed &lt;this&gt;", html); // commentary is escaped
        Assert.DoesNotMatch(@"(src|href)=""https?:", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void The_catalogue_covers_every_section_of_the_code_once_at_least()
    {
        Assert.Equal(Enumerable.Range(1, 9), ProvisionCatalogue.Provisions.Select(p => p.Section).Distinct().Order());
        Assert.Equal(ProvisionCatalogue.Provisions.Count, ProvisionCatalogue.Provisions.Select(p => p.Id).Distinct().Count());
        Assert.All(ProvisionCatalogue.Provisions, p => Assert.NotEmpty(p.Evidence));
    }

    private static Dictionary<string, XElement> Charts(string html) =>
        SvgElement().Matches(html).Select(m => XElement.Parse(m.Value)).ToDictionary(e => (string)e.Attribute("id")!);

    private static List<XElement> Bars(XElement svg) =>
        svg.Descendants().Where(e => e.Name.LocalName == "rect" && (string?)e.Attribute("class") == "bar").ToList();

    [GeneratedRegex("<svg .*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgElement();

    private static AnnualReport Sample()
    {
        int[] stage1 = [1, 2, 9, 0, 0, 0, 0, 0, 0, 0, 0, 1], stage2 = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        var entries = ProvisionCatalogue.Provisions.Select((p, i) => new SelfAssessmentEntry(p, p.Evidence,
            i == 0 ? Compliance.PartlyComplies : Compliance.NotAnswered, i == 0 ? "Tenant panel reviewed <this>" : "", null, null, 0)).ToList();
        return new AnnualReport(new ReportingYear(2026), "Example Homes", new DateTimeOffset(2027, 4, 20, 9, 0, 0, TimeSpan.Zero),
            new ComplaintVolumes(13, 1, [new("Stage 1", stage1), new("Stage 2", stage2)],
                [new("PHONE", "Phone", 7), new("EMAIL", "Email", 3)], [new("repairs", "Repairs", 10)], [new("UPHELD", "Upheld", 4)]),
            [new StageTimeliness(1, 13, 12, 10, 9, 1), new StageTimeliness(2, 1, 1, 0, 0, 0)],
            [new("OverTwelveMonths", "The issue arose more than 12 months ago.", 2)],
            new OmbudsmanOutcomes(0, 0, [], 0, 0, 0, 0),
            [new ServiceImprovement("CMP-2026-000004", "Repairs now text the resident the day before.", new DateTimeOffset(2026, 6, 3, 10, 0, 0, TimeSpan.Zero))],
            new CompensationPaid(3, 42_500, [new("band-1", "Up to £100", 2, 12_500), new("band-2", "£100 to £600", 1, 30_000)], []),
            [new("compliment", "Compliments", 5)],
            entries);
    }
}
