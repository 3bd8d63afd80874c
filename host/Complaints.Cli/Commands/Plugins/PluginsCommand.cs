using System.CommandLine;

namespace Complaints.Cli.Commands;

/// <summary><c>complaints plugins steps|messages|enable|disable</c>: landlords' plug-in steps as the registration service keeps them.</summary>
internal static class PluginsCommand
{
    public static Command Create(CliContext cli) =>
        new("plugins", "Plug-in steps: the step table, the messages steps register on, switching a step on and off")
        {
            ListStepsCommand.Create(cli),
            ListMessagesCommand.Create(cli),
            SwitchStepCommand.Create(cli, enable: true),
            SwitchStepCommand.Create(cli, enable: false),
        };
}
