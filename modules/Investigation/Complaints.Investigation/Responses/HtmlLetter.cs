using System.Text;
using Complaints.Kernel.Text;

namespace Complaints.Investigation.Responses;

/// <summary>
/// A response letter as a self-contained HTML page on the profile's letterhead (landlord, address, sign-off), ready
/// to print or attach. Everything the officer wrote is HTML-encoded.
/// </summary>
internal static class HtmlLetter
{
    public static string Render(ResponseLetter letter)
    {
        var head = letter.Letterhead;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<title>").Append(Encode(letter.Title)).Append("</title>\n");
        html.Append("<style>body{font-family:Arial,sans-serif;max-width:42em;margin:2em auto;line-height:1.5}")
            .Append("header{border-bottom:2px solid ").Append(Encode(head.Colour)).Append(";margin-bottom:1.5em}</style>\n</head>\n<body>\n");
        html.Append("<header>\n<p class=\"landlord\"><strong>").Append(Encode(head.Landlord)).Append("</strong></p>\n");
        if (!string.IsNullOrWhiteSpace(head.Address))
            html.Append("<p class=\"address\">").Append(Encode(head.Address)).Append("</p>\n");
        html.Append("</header>\n<h1>").Append(Encode(letter.Title)).Append("</h1>\n");
        html.Append("<p class=\"date\">").Append(Encode(letter.Date)).Append("</p>\n");
        html.Append("<p class=\"under\">Under: ").Append(Encode(letter.Under)).Append("</p>\n");
        foreach (var section in letter.Sections)
        {
            html.Append("<section>\n<h2>").Append(Encode(section.Heading)).Append("</h2>\n");
            if (section.Shape == LetterItems.Paragraph)
                html.Append("<p>").Append(Lines(string.Join("\n", section.Items))).Append("</p>\n");
            else
            {
                var list = section.Shape == LetterItems.Numbered ? "ol" : "ul";
                html.Append('<').Append(list).Append(">\n");
                foreach (var item in section.Items)
                    html.Append("<li>").Append(Lines(item)).Append("</li>\n");
                html.Append("</").Append(list).Append(">\n");
            }
            html.Append("</section>\n");
        }
        if (!string.IsNullOrWhiteSpace(head.SignOff))
            html.Append("<footer>\n<p>").Append(Lines(head.SignOff)).Append("</p>\n</footer>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string Encode(string text) => Html.Encode(text);

    private static string Lines(string text) => string.Join("<br>\n", text.Split('\n').Select(Encode));
}
