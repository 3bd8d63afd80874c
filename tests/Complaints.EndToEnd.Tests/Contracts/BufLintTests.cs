using Complaints.EndToEnd.Tests.Infrastructure;

namespace Complaints.EndToEnd.Tests.Contracts;

/// <summary>The public protos pass buf's STANDARD lint (buf from npm, installed by tests/run.sh).</summary>
public sealed class BufLintTests
{
    private static string Buf => Path.Combine(RepoPaths.NodeModules, ".bin", "buf");

    [Fact]
    public async Task Protos_PassStandardLint()
    {
        var result = await ExternalTool.RunAsync(Buf, RepoPaths.Root, "lint");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "protos"), "*.proto", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task Lint_OnAProtoThatBreaksTheRules_ReportsIt()
    {
        var module = Directory.CreateTempSubdirectory("buf-lint-");
        File.Copy(Path.Combine(RepoPaths.Root, "buf.yaml"), Path.Combine(module.FullName, "buf.yaml"));
        var wrongPlace = Directory.CreateDirectory(Path.Combine(module.FullName, "protos", "misplaced"));
        await File.WriteAllTextAsync(Path.Combine(wrongPlace.FullName, "bad.proto"),
            "syntax = \"proto3\";\npackage complaints.bad.v1;\nmessage lower_case_message {}\n");

        var result = await ExternalTool.RunAsync(Buf, module.FullName, "lint");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("must be within a directory \"complaints/bad/v1\"", result.Output);
        Assert.Contains("should be PascalCase", result.Output);
        module.Delete(recursive: true);
    }
}
