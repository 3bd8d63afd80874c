using System.Globalization;
using System.Text;
using Complaints.Kernel.Calendar;

namespace Complaints.Investigation.Responses;

/// <summary>
/// The response as a plain-text letter, in the order the Code lists a response's content: the stage, the complaint
/// as defined, a decision with reasons per point, what will be done to put things right, what is still to do, and how
/// to escalate. Landlord templates (HTML, letterheads) are to come; this is the text every template would carry.
/// </summary>
internal static class ResponseLetter
{
    // Formatted by hand, not with an en-GB culture: a server without ICU data runs in invariant mode.
    private static string Day(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day} {date:MMMM yyyy}");

    public static string Render(StageResponse response, string complaintReference, string policyName)
    {
        var letter = new StringBuilder();
        letter.AppendLine(CultureInfo.InvariantCulture, $"Complaint {complaintReference}: stage {response.Stage} response");
        letter.AppendLine(CultureInfo.InvariantCulture, $"Date: {Day(LondonTime.Date(response.IssuedAt))}");
        letter.AppendLine(CultureInfo.InvariantCulture, $"Under: {policyName}");
        letter.AppendLine();
        letter.AppendLine("Your complaint, as we agreed it with you:");
        letter.AppendLine(response.ComplaintDefinition);
        letter.AppendLine();
        letter.AppendLine("Our decision on each point:");
        var number = 1;
        foreach (var decision in response.Decisions)
        {
            letter.AppendLine(CultureInfo.InvariantCulture, $"{number++}. {decision.Point}: {Describe(decision.Outcome)}.");
            letter.AppendLine(CultureInfo.InvariantCulture, $"   {decision.Reasons}");
        }
        if (response.Remedies.Count > 0)
        {
            letter.AppendLine();
            letter.AppendLine("To put things right:");
            foreach (var remedy in response.Remedies)
                letter.AppendLine(CultureInfo.InvariantCulture, $"- {remedy.Description}{Amount(remedy.AmountPence)}");
        }
        if (response.OutstandingActions.Count > 0)
        {
            letter.AppendLine();
            letter.AppendLine("Still to do, and when:");
            foreach (var action in response.OutstandingActions)
                letter.AppendLine(CultureInfo.InvariantCulture, $"- {action.Description}, by {Day(action.DueOn)}");
        }
        letter.AppendLine();
        letter.AppendLine(response.Stage == 1 ? "If you are not satisfied:" : "This is our final response. If you are not satisfied:");
        letter.AppendLine(response.EscalationInformation);
        return letter.ToString();
    }

    private static string Describe(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Upheld => "upheld",
        DecisionOutcome.PartlyUpheld => "partly upheld",
        _ => "not upheld",
    };

    private static string Amount(long? pence) =>
        pence is { } value ? string.Create(CultureInfo.InvariantCulture, $" (£{value / 100m:N2})") : "";
}
