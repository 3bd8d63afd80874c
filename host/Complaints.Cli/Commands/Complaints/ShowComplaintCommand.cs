using System.CommandLine;
using Complaints.Cli.Output;
using Complaints.Intake.Api.V1;
using Spectre.Console;

namespace Complaints.Cli.Commands;

/// <summary><c>complaints complaints show &lt;reference&gt;</c>: one complaint as a summary, by reference or id.</summary>
internal static class ShowComplaintCommand
{
    public static Command Create(CliContext cli)
    {
        var complaint = new Argument<string>("reference") { Description = "The complaint's reference (CMP-2026-000123) or id" };
        var command = new Command("show", "Show one complaint") { complaint };
        cli.SetAction(command, async run =>
        {
            var found = (await run.Api.Intake.GetComplaintAsync(ComplaintLookup.Request(run.Value(complaint)), cancellationToken: run.Cancellation)).Complaint;
            var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            void Row(string label, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                    grid.AddRow(new Markup($"[bold]{label}[/]"), Show.Text(value));
            }
            Row("Reference", found.Reference);
            Row("Id", found.Id);
            grid.AddRow(new Markup("[bold]Stage[/]"), new Markup($"{Markup.Escape(EnumWords.Word(found.Stage))} (version {found.Version})"));
            grid.AddRow(new Markup("[bold]Clock[/]"), ClockCell.Status(found.ClockStatus));
            Row("Next due", ClockCell.NextDue(found.NextDue));
            Row("Received", $"{Show.When(found.ReceivedAt)} by {EnumWords.Word(found.Channel)}");
            Row("Logged", $"{Show.When(found.LoggedAt)} by {found.LoggedBy}");
            Row("Resident", found.ResidentReference);
            Row("Category", found.Category);
            Row("Named officer", found.NamedOfficer);
            Row("Description", found.Description);
            Row("Definition", found.ComplaintDefinition);
            Row("Resolution sought", found.ResolutionSought);
            Row("Flags", string.Join(", ", Flags(found)));
            Row("May next", string.Join(", ", found.PermittedTriggers.Select(EnumWords.Word)));
            cli.Out.Write(new Panel(grid).Header(Markup.Escape(found.Reference)));
            return 0;
        });
        return command;
    }

    private static IEnumerable<string> Flags(Complaint complaint)
    {
        if (complaint.HealthAndSafety)
            yield return "health and safety";
        if (complaint.BuildingSafety)
            yield return "building safety";
        if (complaint.Anonymous)
            yield return "anonymous";
        if (complaint.ContactRouting is not null)
            yield return "contact restriction in force";
    }
}
