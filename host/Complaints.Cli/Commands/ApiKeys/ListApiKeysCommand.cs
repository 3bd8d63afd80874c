using System.CommandLine;
using Complaints.AccessApi.V1;
using Complaints.Cli.Output;
using Spectre.Console;

namespace Complaints.Cli.Commands;

/// <summary><c>complaints api-keys list</c>: every key issued, active or not, with when each was last used; never the secrets.</summary>
internal static class ListApiKeysCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("list", "List every key issued, active or not");
        cli.SetAction(command, async run =>
        {
            var keys = (await run.Api.Access.ListApiKeysAsync(new ListApiKeysRequest(), cancellationToken: run.Cancellation)).Keys;
            if (keys.Count == 0)
            {
                cli.Out.MarkupLine("No API keys have been issued.");
                return 0;
            }
            var table = new Table().AddColumns("Key", "System", "Roles", "Issued", "By", "Expires", "Last used", "State");
            table.Columns[0].NoWrap();
            foreach (var key in keys)
                table.AddRow(Show.Text(key.KeyId), Show.Text(key.System), Show.Text(string.Join(", ", key.Roles)), Show.Text(Show.When(key.IssuedAt)),
                    Show.Text(key.IssuedBy), Show.Text(Show.When(key.ExpiresAt)), Show.Text(Show.When(key.LastUsedAt)), ApiKeyOutput.State(key));
            cli.Out.Write(table);
            return 0;
        });
        return command;
    }
}
