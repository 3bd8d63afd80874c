using System.Text.RegularExpressions;
using Complaints.Lifecycle.Domain;

namespace Complaints.Lifecycle.Tests;

public sealed partial class WorkflowDiagramTests
{
    [Fact]
    public void Readme_ShowsExactlyTheDiagramGeneratedFromTheWorkflow()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md"));

        var shown = MermaidBlock().Match(readme);

        Assert.True(shown.Success, "README.md has no ```mermaid block");
        Assert.Equal(ComplaintWorkflow.Diagram.ReplaceLineEndings("\n"), shown.Groups["diagram"].Value.ReplaceLineEndings("\n"));
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Complaints.Modular.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Complaints.Modular.sln not found.");
    }

    [GeneratedRegex(@"```mermaid\r?\n(?<diagram>stateDiagram-v2.*?)\r?\n```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();
}
