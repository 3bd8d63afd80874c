using System.CommandLine;
using Complaints.Cli.Output;
using Complaints.SystemApi.V1;
using Spectre.Console;

namespace Complaints.Cli.Commands;

/// <summary><c>complaints info</c>: what the server is (product, version, policy profile, environment) — the quickest check that the connection and sign-in work.</summary>
internal static class InfoCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("info", "Show the server's product, version, policy profile and environment");
        cli.SetAction(command, async run =>
        {
            var info = await run.Api.System.GetInfoAsync(new GetInfoRequest(), cancellationToken: run.Cancellation);
            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow(new Markup("[bold]Server[/]"), Show.Text(run.Channel.Target));
            grid.AddRow(new Markup("[bold]Product[/]"), Show.Text($"{info.Product} {info.Version}"));
            grid.AddRow(new Markup("[bold]Policy profile[/]"), Show.Text(info.PolicyProfile));
            grid.AddRow(new Markup("[bold]Environment[/]"), Show.Text(info.Environment));
            grid.AddRow(new Markup("[bold]Started[/]"), Show.Text(Show.When(info.StartedAt)));
            cli.Out.Write(grid);
            return 0;
        });
        return command;
    }
}
