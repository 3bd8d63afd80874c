using Complaints.Cli.Output;
using Complaints.Common.V1;
using Complaints.Intake.Api.V1;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Complaints.Cli.Commands;

/// <summary>A complaint's clocks in a cell: the worst status in colour, and the deadline due soonest.</summary>
internal static class ClockCell
{
    public static IRenderable Status(ClockStatus status) => status switch
    {
        ClockStatus.Overdue => Show.Text(EnumWords.Word(status), Color.Red),
        ClockStatus.DueSoon => Show.Text(EnumWords.Word(status), Color.Yellow),
        ClockStatus.OnTrack => Show.Text(EnumWords.Word(status), Color.Green),
        _ => Show.Text(EnumWords.Word(status)),
    };

    /// <summary>"stage1.respond 2026-12-04", with "(provisional)" when the date may still move earlier.</summary>
    public static string NextDue(ClockDue? due) =>
        due is null || due.DueOn.Length == 0 ? "" : $"{due.Name} {due.DueOn}{(due.Provisional ? " (provisional)" : "")}";
}
