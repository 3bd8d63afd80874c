using System.Text.RegularExpressions;

namespace Complaints.EndToEnd.Tests.Cli;

/// <summary><c>complaints events tail</c>: the seeded host's event stream, one line per event, stopping at the limit.</summary>
[Collection(CliCollection.Name)]
public sealed partial class CliEventsTests(SeededDevelopmentHost fixture)
{
    private const string Administrator = "adam.admin:administrator";

    [Fact]
    public async Task Tail_WithALimit_PrintsThatManyEventsInOrderAndStops()
    {
        var run = await CliRun.RunAsync(fixture.Host, "events", "tail", "--limit", "3", "--as", Administrator);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(3, run.Lines.Count);
        var lines = run.Lines.Select(l => EventLine().Match(l)).ToList();
        Assert.All(lines, line => Assert.True(line.Success, run.Output));
        var ids = lines.Select(line => long.Parse(line.Groups["id"].Value)).ToList();
        Assert.Equal(ids.Order().ToList(), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Tail_AfterAnIdWithAType_PrintsOnlyLaterEventsOfThatType()
    {
        const string logged = "complaints.intake.v1.ComplaintLogged";
        var first = await CliRun.RunAsync(fixture.Host, "events", "tail", "--type", logged, "--limit", "1", "--as", Administrator);
        var firstId = long.Parse(EventLine().Match(first.Lines.Single()).Groups["id"].Value);

        var run = await CliRun.RunAsync(fixture.Host, "events", "tail", "--type", logged, "--after", firstId.ToString(), "--limit", "2", "--as", Administrator);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, run.Lines.Count);
        Assert.All(run.Lines, l => Assert.Equal(logged, EventLine().Match(l).Groups["type"].Value));
        Assert.All(run.Lines, l => Assert.True(long.Parse(EventLine().Match(l).Groups["id"].Value) > firstId, l));
        Assert.All(run.Lines, l => Assert.Contains("CMP-", l));
    }

    [GeneratedRegex(@"^(?<id>\d+)  (?<at>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)  (?<type>\S+)  \{.*$")]
    private static partial Regex EventLine();
}
