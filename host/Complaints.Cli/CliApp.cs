using System.CommandLine;
using Complaints.Cli.Commands;
using Complaints.Cli.Connection;
using Spectre.Console;

namespace Complaints.Cli;

/// <summary>
/// The <c>complaints</c> tool: parses the command line and runs the command against the server, writing what a person
/// would see to the consoles given — the real terminal from Program.cs, a test console in the tests.
/// </summary>
public static class CliApp
{
    /// <summary>The command the tool installs as (ToolCommandName in the csproj).</summary>
    public const string ToolName = "complaints";

    /// <summary>Runs with results and refusals on one console; returns the exit code (0 when the command succeeded).</summary>
    public static Task<int> RunAsync(string[] args, IAnsiConsole console) => RunAsync(args, console, console);

    /// <summary>Runs with results on <paramref name="console"/> and refusals on <paramref name="errors"/>; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, IAnsiConsole console, IAnsiConsole errors)
    {
        var connection = new ConnectionOptions();
        var cli = new CliContext(console, errors, connection);
        var root = new RootCommand("Complaints.Modular from the command line: the public API for people and scripts.")
        {
            InfoCommand.Create(cli),
            SeedCommand.Create(cli),
            ComplaintsCommand.Create(cli),
            AwardsCommand.Create(cli),
            EvidencePackCommand.Create(cli),
            ApiKeysCommand.Create(cli),
            PluginsCommand.Create(cli),
            EventsCommand.Create(cli),
        };
        // The root command is named after the entry assembly (Complaints.Cli), and must be: a root named "complaints"
        // would collide with the `complaints` command group. Help shows the name the tool is installed as.
        root.HelpName = ToolName;
        connection.AddTo(root);
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = console.Profile.Out.Writer, Error = errors.Profile.Out.Writer });
    }
}
