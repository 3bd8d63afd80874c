using System.CommandLine;
using Complaints.Cli.Output;
using Complaints.Compensation.Api.V1;
using Spectre.Console;

namespace Complaints.Cli.Commands;

/// <summary><c>complaints awards list</c>: compensation awards as CompensationService lists them, newest proposed first.</summary>
internal static class AwardsCommand
{
    public static Command Create(CliContext cli)
    {
        var statuses = EnumWords.Filter<AwardStatus>("--status", "Only awards with these statuses");
        var complaint = new Option<string?>("--complaint") { Description = "Only the awards of this complaint (its id)" };
        var page = new Paging("awards");
        var list = new Command("list", "List awards, newest proposed first") { statuses, complaint };
        page.AddTo(list);
        cli.SetAction(list, async run =>
        {
            var request = new ListAwardsRequest { PageSize = run.Value(page.Size), PageToken = run.Parsed.GetValue(page.Token) ?? "", ComplaintId = run.Parsed.GetValue(complaint) ?? "" };
            request.Statuses.AddRange(run.Value(statuses));
            var response = await run.Api.Compensation.ListAwardsAsync(request, cancellationToken: run.Cancellation);
            if (response.Awards.Count == 0)
            {
                cli.Out.MarkupLine("No awards match.");
                return 0;
            }
            var table = new Table().AddColumns("Reference", "Status", "Total", "Approved", "Paid", "Band", "Proposed", "By", "Complaint");
            table.Columns[0].NoWrap();
            foreach (var award in response.Awards)
                table.AddRow(Show.Text(award.Reference), Show.Text(EnumWords.Word(award.Status)), Show.Text(Show.Money(award.TotalPence)),
                    Show.Text(award.ApprovedPence > 0 ? Show.Money(award.ApprovedPence) : ""), Show.Text(award.PaidPence > 0 ? Show.Money(award.PaidPence) : ""),
                    Show.Text(award.Band?.Name), Show.Text(Show.When(award.ProposedAt)), Show.Text(award.ProposedBy), Show.Text(award.ComplaintId));
            cli.Out.Write(table);
            page.WriteNext(cli.Out, response.NextPageToken);
            return 0;
        });
        return new Command("awards", "Compensation awards") { list };
    }
}
