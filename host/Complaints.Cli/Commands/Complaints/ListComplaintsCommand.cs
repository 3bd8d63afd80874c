using System.CommandLine;
using Complaints.Cli.Output;
using Complaints.Common.V1;
using Complaints.Intake.Api.V1;
using Spectre.Console;

namespace Complaints.Cli.Commands;

/// <summary><c>complaints complaints list</c>: one page of ListComplaints as a table, newest received first.</summary>
internal static class ListComplaintsCommand
{
    public static Command Create(CliContext cli)
    {
        var stages = EnumWords.Filter<Stage>("--stage", "Only complaints at these stages");
        var clocks = EnumWords.Filter<ClockStatus>("--clock", "Only complaints whose worst running clock is one of");
        var officer = new Option<string?>("--officer") { Description = "Only complaints with this named officer" };
        var page = new Paging("complaints");
        var command = new Command("list", "List complaints, newest received first") { stages, clocks, officer };
        page.AddTo(command);
        cli.SetAction(command, async run =>
        {
            var request = new ListComplaintsRequest { PageSize = run.Value(page.Size), PageToken = run.Parsed.GetValue(page.Token) ?? "", NamedOfficer = run.Parsed.GetValue(officer) ?? "" };
            request.Stages.AddRange(run.Value(stages));
            request.ClockStatuses.AddRange(run.Value(clocks));
            var response = await run.Api.Intake.ListComplaintsAsync(request, cancellationToken: run.Cancellation);
            if (response.Complaints.Count == 0)
            {
                cli.Out.MarkupLine("No complaints match.");
                return 0;
            }
            var table = new Table().AddColumns("Reference", "Received", "Channel", "Stage", "Clock", "Next due");
            table.Columns[0].NoWrap();
            foreach (var complaint in response.Complaints)
                table.AddRow(Show.Text(complaint.Reference), Show.Text(Show.When(complaint.ReceivedAt)), Show.Text(EnumWords.Word(complaint.Channel)),
                    Show.Text(EnumWords.Word(complaint.Stage)), ClockCell.Status(complaint.ClockStatus), Show.Text(ClockCell.NextDue(complaint.NextDue)));
            cli.Out.Write(table);
            page.WriteNext(cli.Out, response.NextPageToken);
            return 0;
        });
        return command;
    }
}
