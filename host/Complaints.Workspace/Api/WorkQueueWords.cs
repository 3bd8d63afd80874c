using Complaints.Common.V1;
using Complaints.Reporting.Api.V1;

namespace Complaints.Workspace.Api;

/// <summary>The words and tag colours the pages use for the API's enums (GOV.UK tags: red overdue, yellow due soon).</summary>
public static class WorkQueueWords
{
    public static string Kind(WorkItemKind kind) => kind switch
    {
        WorkItemKind.Acknowledgement => "Acknowledge",
        WorkItemKind.Response => "Respond",
        WorkItemKind.PromisedAction => "Promised action",
        WorkItemKind.EvidenceRequest => "Ombudsman evidence",
        WorkItemKind.OmbudsmanOrder => "Ombudsman order",
        WorkItemKind.RestrictionReview => "Restriction review",
        WorkItemKind.UnpaidAward => "Unpaid award",
        WorkItemKind.HazardClock => "Hazard (Awaab's Law)",
        _ => "Other",
    };

    public static (string Text, string Tag) Status(WorkItemStatus status) => status switch
    {
        WorkItemStatus.Overdue => ("Overdue", "govuk-tag--red"),
        WorkItemStatus.DueSoon => ("Due soon", "govuk-tag--yellow"),
        _ => ("On track", "govuk-tag--green"),
    };

    public static (string Text, string Tag) Clock(ClockStatus status) => status switch
    {
        ClockStatus.Overdue => ("Overdue", "govuk-tag--red"),
        ClockStatus.DueSoon => ("Due soon", "govuk-tag--yellow"),
        ClockStatus.OnTrack => ("On track", "govuk-tag--green"),
        ClockStatus.MetOnTime => ("Met on time", "govuk-tag--blue"),
        ClockStatus.MetLate => ("Met late", "govuk-tag--orange"),
        ClockStatus.Stopped => ("Stopped", "govuk-tag--grey"),
        _ => (status.ToString(), "govuk-tag--grey"),
    };

    public static WorkItemStatus? StatusFrom(string? value) => value switch
    {
        "overdue" => WorkItemStatus.Overdue,
        "due-soon" => WorkItemStatus.DueSoon,
        "on-track" => WorkItemStatus.OnTrack,
        _ => null,
    };

    /// <summary>"3 working days left", "due today", "2 working days overdue".</summary>
    public static string DaysLeft(int days) => days switch
    {
        0 => "Due today",
        1 => "1 working day left",
        > 1 => $"{days} working days left",
        -1 => "1 working day overdue",
        _ => $"{-days} working days overdue",
    };
}
