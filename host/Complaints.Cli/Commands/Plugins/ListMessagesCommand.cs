using System.CommandLine;
using Complaints.Cli.Output;
using Complaints.PluginsApi.V1;
using Spectre.Console;

namespace Complaints.Cli.Commands;

/// <summary><c>complaints plugins messages</c>: every message a step can be registered on, with its input's attributes.</summary>
internal static class ListMessagesCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("messages", "List the messages a step can be registered on, with their attributes");
        cli.SetAction(command, async run =>
        {
            var messages = (await run.Api.Plugins.ListMessagesAsync(new ListMessagesRequest(), cancellationToken: run.Cancellation)).Messages;
            var table = new Table().AddColumns("Message", "Attributes (? optional, * settable before the operation)");
            table.Columns[0].NoWrap();
            foreach (var message in messages)
                table.AddRow(Show.Text(message.Name), Show.Text(string.Join(", ", message.Attributes.Select(Attribute))));
            cli.Out.Write(table);
            return 0;
        });
        return command;
    }

    private static string Attribute(AttributeInfo attribute) =>
        $"{attribute.Name}{(attribute.Optional ? "?" : "")}{(attribute.Settable ? "*" : "")}: {attribute.Type}";
}
