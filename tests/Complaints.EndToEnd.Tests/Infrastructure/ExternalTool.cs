using System.Diagnostics;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>Runs a third-party tool (node, buf) and captures what it printed.</summary>
public static class ExternalTool
{
    public sealed record Result(int ExitCode, string Output)
    {
        public override string ToString() => $"exit {ExitCode}:{Environment.NewLine}{Output}";
    }

    public static async Task<Result> RunAsync(string fileName, string workingDirectory, params string[] arguments)
    {
        if (!Directory.Exists(RepoPaths.NodeModules))
            throw new InvalidOperationException(
                $"{RepoPaths.NodeModules} is missing: run tests/run.sh, which installs the npm tools these tests use.");
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // Node.js clients sign their own tokens for the test identity provider (tests/conformance/caller.mjs).
        foreach (var (name, value) in TestIdentityProvider.NodeEnvironment)
            start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout + await stderr);
    }
}
