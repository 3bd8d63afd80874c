using System.Globalization;
using Complaints.Investigation.Policy;
using Complaints.Kernel.Calendar;

namespace Complaints.Investigation.Responses;

/// <summary>
/// What a response letter says, in the order the Code lists a response's content: the stage, the complaint as defined,
/// a decision with reasons per point, what will be done to put things right, what is still to do, and how to escalate.
/// Rendered as plain text (<see cref="PlainTextLetter"/>) or HTML (<see cref="HtmlLetter"/>) on the profile's letterhead.
/// </summary>
internal sealed record ResponseLetter(string Title, string Date, string Under, LetterheadPolicy Letterhead, IReadOnlyList<LetterSection> Sections)
{
    public static ResponseLetter From(StageResponse response, string complaintReference, string policyName, LetterheadPolicy letterhead)
    {
        var sections = new List<LetterSection>
        {
            new("Your complaint, as we agreed it with you:", [response.ComplaintDefinition], LetterItems.Paragraph),
            new("Our decision on each point:", response.Decisions.Select(d => $"{d.Point}: {Describe(d.Outcome)}.\n{d.Reasons}").ToList(), LetterItems.Numbered),
        };
        if (response.Remedies.Count > 0)
            sections.Add(new("To put things right:", response.Remedies.Select(r => $"{r.Description}{Amount(r.AmountPence, r.AwardReference)}").ToList(), LetterItems.Bullets));
        if (response.OutstandingActions.Count > 0)
            sections.Add(new("Still to do, and when:", response.OutstandingActions.Select(a => $"{a.Description}, by {Day(a.DueOn)}").ToList(), LetterItems.Bullets));
        sections.Add(new(response.Stage == 1 ? "If you are not satisfied:" : "This is our final response. If you are not satisfied:",
            [response.EscalationInformation], LetterItems.Paragraph));
        return new ResponseLetter($"Complaint {complaintReference}: stage {response.Stage} response", Day(LondonTime.Date(response.IssuedAt)),
            policyName, letterhead, sections);
    }

    // Formatted by hand, not with an en-GB culture: a server without ICU data runs in invariant mode.
    private static string Day(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day} {date:MMMM yyyy}");

    private static string Describe(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Upheld => "upheld",
        DecisionOutcome.PartlyUpheld => "partly upheld",
        _ => "not upheld",
    };

    private static string Amount(long? pence, string? award) => (pence, award) switch
    {
        ({ } value, { } reference) => string.Create(CultureInfo.InvariantCulture, $" (£{value / 100}.{value % 100:D2}, award {reference})"),
        ({ } value, null) => string.Create(CultureInfo.InvariantCulture, $" (£{value / 100}.{value % 100:D2})"),
        _ => "",
    };
}

/// <summary>A heading and its items; an item's later lines are its explanation.</summary>
internal sealed record LetterSection(string Heading, IReadOnlyList<string> Items, LetterItems Shape);

/// <summary>How a section's items are set out.</summary>
internal enum LetterItems
{
    /// <summary>One paragraph.</summary>
    Paragraph,
    Bullets,
    Numbered,
}
