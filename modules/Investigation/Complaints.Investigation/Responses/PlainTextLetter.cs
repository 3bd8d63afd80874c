using System.Globalization;
using System.Text;

namespace Complaints.Investigation.Responses;

/// <summary>A response letter as plain text: every item of a list on its own line, explanations indented under it.</summary>
internal static class PlainTextLetter
{
    public static string Render(ResponseLetter letter)
    {
        var text = new StringBuilder();
        text.AppendLine(letter.Title);
        text.AppendLine(CultureInfo.InvariantCulture, $"Date: {letter.Date}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Under: {letter.Under}");
        foreach (var section in letter.Sections)
        {
            text.AppendLine();
            text.AppendLine(section.Heading);
            var number = 1;
            foreach (var item in section.Items)
            {
                var lines = item.Split('\n');
                if (section.Shape == LetterItems.Paragraph)
                    text.AppendLine(item);
                else
                {
                    var marker = section.Shape == LetterItems.Numbered ? $"{number++}." : "-";
                    text.AppendLine(CultureInfo.InvariantCulture, $"{marker} {lines[0]}");
                    foreach (var line in lines.Skip(1))
                        text.AppendLine(CultureInfo.InvariantCulture, $"{new string(' ', marker.Length + 1)}{line}");
                }
            }
        }
        if (!string.IsNullOrWhiteSpace(letter.Letterhead.SignOff))
        {
            text.AppendLine();
            text.AppendLine(letter.Letterhead.SignOff);
        }
        return text.ToString();
    }
}
