using System.Globalization;
using Complaints.Compensation.Api.V1;

namespace Complaints.Workspace.Api;

/// <summary>Pence as pounds, and award statuses in words.</summary>
public static class Money
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Pounds(long pence) => (pence / 100m).ToString("C", British);

    public static string Status(AwardStatus status) => status switch
    {
        AwardStatus.Proposed => "Proposed",
        AwardStatus.Approved => "Approved, offer made",
        AwardStatus.Rejected => "Rejected",
        AwardStatus.Accepted => "Accepted by the resident",
        AwardStatus.Declined => "Declined by the resident",
        AwardStatus.NoReply => "No reply to the offer",
        AwardStatus.PartPaid => "Part paid",
        AwardStatus.Paid => "Paid",
        AwardStatus.Cancelled => "Cancelled",
        _ => "Unknown",
    };
}
