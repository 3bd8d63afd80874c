using Complaints.Cli;
using Complaints.EndToEnd.Tests.Infrastructure;
using Spectre.Console.Testing;

namespace Complaints.EndToEnd.Tests.Cli;

/// <summary>
/// One run of the <c>complaints</c> tool, in-process through <see cref="CliApp.RunAsync(string[], Spectre.Console.IAnsiConsole)"/>,
/// against a running host, with what it wrote (results and refusals alike) read from Spectre's test console.
/// </summary>
public sealed record CliRun(int ExitCode, string Output)
{
    /// <summary>A run that has not finished by then has hung (a tail that never got its events): the test fails, it does not wait.</summary>
    private static readonly TimeSpan MostTime = TimeSpan.FromSeconds(60);

    public static Task<CliRun> RunAsync(RunningHost host, params string[] args) => RunAsync(host.Address, args);

    // Wide, so a table never wraps a reference across two lines.
    public static Task<CliRun> RunAsync(Uri server, params string[] args) => RunAsync(server, new TestConsole().Width(400), args);

    /// <summary>A run on a console of the test's own, e.g. an interactive one, where the tool draws live progress.</summary>
    public static async Task<CliRun> RunAsync(Uri server, TestConsole console, params string[] args)
    {
        var exitCode = await CliApp.RunAsync(["--server", server.ToString(), .. args], console).WaitAsync(MostTime);
        return new CliRun(exitCode, console.Output);
    }

    public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}:\n{Output}";
}
