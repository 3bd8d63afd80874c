using System.CommandLine;
using Complaints.PluginsApi.V1;
using Spectre.Console;

namespace Complaints.Cli.Commands;

/// <summary><c>complaints plugins enable|disable &lt;step-id&gt;</c>: switches a step on or off, keeping its registration.</summary>
internal static class SwitchStepCommand
{
    public static Command Create(CliContext cli, bool enable)
    {
        var step = new Argument<string>("step-id") { Description = "The step's id, as plugins steps lists it" };
        var command = new Command(enable ? "enable" : "disable", enable ? "Switch a step on: the next message runs it" : "Switch a step off, keeping its registration") { step };
        cli.SetAction(command, async run =>
        {
            var plugins = run.Api.Plugins;
            var switched = enable
                ? (await plugins.EnableStepAsync(new EnableStepRequest { StepId = run.Value(step) }, cancellationToken: run.Cancellation)).Step
                : (await plugins.DisableStepAsync(new DisableStepRequest { StepId = run.Value(step) }, cancellationToken: run.Cancellation)).Step;
            cli.Out.MarkupLineInterpolated($"[green]{(switched.Enabled ? "Enabled" : "Disabled")}[/] {switched.StepId} ({switched.Definition.Name} on {switched.Definition.Message}).");
            return 0;
        });
        return command;
    }
}
