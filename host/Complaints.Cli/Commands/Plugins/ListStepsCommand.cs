using System.CommandLine;
using Complaints.Cli.Output;
using Complaints.PluginsApi.V1;
using Spectre.Console;

namespace Complaints.Cli.Commands;

/// <summary><c>complaints plugins steps</c>: the step table, every registered step by message, stage and order.</summary>
internal static class ListStepsCommand
{
    public static Command Create(CliContext cli)
    {
        var message = new Option<string?>("--message") { Description = "Only the steps of this message, e.g. LogComplaint" };
        var command = new Command("steps", "List registered steps, enabled or not") { message };
        cli.SetAction(command, async run =>
        {
            var steps = (await run.Api.Plugins.ListStepsAsync(new ListStepsRequest { Message = run.Parsed.GetValue(message) ?? "" }, cancellationToken: run.Cancellation)).Steps;
            if (steps.Count == 0)
            {
                cli.Out.MarkupLine("No steps are registered.");
                return 0;
            }
            var table = new Table().AddColumns("Step", "Name", "Message", "Stage", "Mode", "Order", "Plug-in", "Enabled");
            table.Columns[0].NoWrap();
            foreach (var step in steps)
            {
                var definition = step.Definition;
                table.AddRow(Show.Text(step.StepId), Show.Text(definition.Name), Show.Text(definition.Message), Show.Text(EnumWords.Word(definition.Stage)),
                    Show.Text(EnumWords.Word(definition.Mode)), Show.Text(definition.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    Show.Text($"{definition.Assembly}: {definition.Type}"), step.Enabled ? Show.Text("yes", Color.Green) : Show.Text("no", Color.Grey));
            }
            cli.Out.Write(table);
            return 0;
        });
        return command;
    }
}
