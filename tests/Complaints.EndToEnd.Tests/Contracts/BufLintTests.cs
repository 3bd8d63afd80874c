using Complaints.EndToEnd.Tests.Infrastructure;

namespace Complaints.EndToEnd.Tests.Contracts;

/// <summary>
/// The public protos pass buf's STANDARD lint and break nothing a released client relies on (buf from npm, installed by
/// tests/run.sh). The last release's protos are kept as a buf image, tests/contracts/released.binpb; cutting a release
/// refreshes it with <c>buf build -o tests/contracts/released.binpb</c>.
/// </summary>
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

    [Fact]
    public async Task Protos_BreakNothingOfTheLastRelease()
    {
        var result = await ExternalTool.RunAsync(Buf, RepoPaths.Root, "breaking", "--against", Released);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task Breaking_WhenAFieldIsRemoved_IsReported()
    {
        var module = Directory.CreateTempSubdirectory("buf-breaking-");
        CopyFolder(Path.Combine(RepoPaths.Root, "protos"), Path.Combine(module.FullName, "protos"));
        File.Copy(Path.Combine(RepoPaths.Root, "buf.yaml"), Path.Combine(module.FullName, "buf.yaml"));
        var system = Path.Combine(module.FullName, "protos", "complaints", "system", "v1", "system.proto");
        await File.WriteAllTextAsync(system, (await File.ReadAllTextAsync(system)).Replace("string environment = 5;", ""));

        var result = await ExternalTool.RunAsync(Buf, module.FullName, "breaking", "--against", Released);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("environment", result.Output);
        module.Delete(recursive: true);
    }

    private static string Released => Path.Combine(RepoPaths.Root, "tests", "contracts", "released.binpb");

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
