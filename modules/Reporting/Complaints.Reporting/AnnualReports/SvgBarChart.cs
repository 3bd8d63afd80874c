using System.Globalization;
using System.Net;
using System.Text;

namespace Complaints.Reporting.AnnualReports;

/// <summary>
/// Bar charts as inline SVG, so the report needs no script, font or image from anywhere and prints as it shows. Each
/// bar is a <c>rect class="bar"</c> carrying its label and value (a zero is a bar of no height, so a chart of twelve
/// months always has twelve bars per series), with a <c>title</c> a screen reader and a tooltip read out.
/// </summary>
internal static class SvgBarChart
{
    private static readonly string[] Palette = ["#1d70b8", "#f47738", "#00703c", "#912b88", "#d4351c", "#505a5f"];
    private const int Width = 640;

    /// <summary>Vertical bars, one group per column label, one bar per series in each group (months by stage).</summary>
    public static string Grouped(string id, string title, IReadOnlyList<string> columns, IReadOnlyList<(string Label, IReadOnlyList<int> Values)> series)
    {
        const int height = 260, left = 40, bottom = 40, top = 28;
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var plotHeight = height - top - bottom;
        var groupWidth = (Width - left - 10.0) / Math.Max(1, columns.Count);
        var barWidth = groupWidth * 0.8 / Math.Max(1, series.Count);
        var svg = Open(id, title, height);
        svg.Append(Axis(left, top, plotHeight, max));
        for (var c = 0; c < columns.Count; c++)
        {
            var groupX = left + c * groupWidth + groupWidth * 0.1;
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[c];
                var barHeight = plotHeight * value / (double)max;
                svg.Append(Bar(groupX + s * barWidth, top + plotHeight - barHeight, barWidth, barHeight, Palette[s % Palette.Length],
                    $"{series[s].Label}, {columns[c]}", value, value.ToString(CultureInfo.InvariantCulture)));
            }
            svg.Append(Text(groupX + groupWidth * 0.4, height - bottom + 16, columns[c], "middle"));
        }
        for (var s = 0; s < series.Count; s++)
        {
            var x = left + s * 150;
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x}" y="6" width="12" height="12" fill="{Palette[s % Palette.Length]}"/>""");
            svg.Append(Text(x + 16, 16, series[s].Label, "start"));
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Horizontal bars, one per row, labelled on the left and valued on the right (channels, categories, bands).</summary>
    public static string Horizontal(string id, string title, IReadOnlyList<(string Label, double Value, string Shown)> rows)
    {
        const int rowHeight = 26, left = 220, right = 80;
        var height = Math.Max(1, rows.Count) * rowHeight + 10;
        var max = Math.Max(1e-9, rows.Select(r => r.Value).DefaultIfEmpty(0).Max());
        var plotWidth = Width - left - right;
        var svg = Open(id, title, height);
        for (var r = 0; r < rows.Count; r++)
        {
            var y = 5 + r * rowHeight;
            var barWidth = plotWidth * rows[r].Value / max;
            svg.Append(Text(left - 8, y + 17, rows[r].Label, "end"));
            svg.Append(Bar(left, y + 3, barWidth, rowHeight - 8, Palette[0], rows[r].Label, rows[r].Value, rows[r].Shown));
            svg.Append(Text(left + barWidth + 6, y + 17, rows[r].Shown, "start"));
        }
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, string title, int height) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"""<svg id="{id}" class="chart" role="img" aria-labelledby="{id}-title" viewBox="0 0 {Width} {height}" width="100%" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{Escape(title)}</title>""");

    private static string Bar(double x, double y, double width, double height, string fill, string label, double value, string shown) =>
        string.Create(CultureInfo.InvariantCulture,
            $"""<rect class="bar" x="{x:0.##}" y="{y:0.##}" width="{width:0.##}" height="{height:0.##}" fill="{fill}" data-label="{Escape(label)}" data-value="{value:0.##}"><title>{Escape(label)}: {Escape(shown)}</title></rect>""");

    private static string Axis(int left, int top, int plotHeight, int max) =>
        string.Create(CultureInfo.InvariantCulture,
            $"""<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plotHeight}" stroke="#0b0c0c"/><line x1="{left}" y1="{top + plotHeight}" x2="{Width - 10}" y2="{top + plotHeight}" stroke="#0b0c0c"/>""")
        + Text(left - 4, top + 4, max.ToString(CultureInfo.InvariantCulture), "end") + Text(left - 4, top + plotHeight, "0", "end");

    private static string Text(double x, double y, string text, string anchor) =>
        string.Create(CultureInfo.InvariantCulture, $"""<text x="{x:0.##}" y="{y:0.##}" text-anchor="{anchor}" font-size="12">{Escape(text)}</text>""");

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
