using Complaints.Common.V1;
using Complaints.Intake.Api.V1;

namespace Complaints.EndToEnd.Tests.Cli;

/// <summary><c>complaints complaints list|show</c> against the seeded host, checked against what the API itself returns.</summary>
[Collection(CliCollection.Name)]
public sealed class CliComplaintsTests(SeededDevelopmentHost fixture)
{
    private const string Handler = "hana.handler:complaint-handler";

    [Fact]
    public async Task List_PrintsEveryComplaintsReference()
    {
        var complaints = await ComplaintsAsync();

        var run = await CliRun.RunAsync(fixture.Host, "complaints", "list", "--as", Handler);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.NotEmpty(complaints);
        Assert.All(complaints, c => Assert.Contains(c.Reference, run.Output));
        Assert.Contains("Next due", run.Output);
    }

    [Fact]
    public async Task List_WithAStage_PrintsOnlyComplaintsAtThatStage()
    {
        var complaints = await ComplaintsAsync();
        var received = complaints.Where(c => c.Stage == Stage.Received).ToList();
        var others = complaints.Where(c => c.Stage != Stage.Received).ToList();

        var run = await CliRun.RunAsync(fixture.Host, "complaints", "list", "--stage", "received", "--as", Handler);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.NotEmpty(received);
        Assert.NotEmpty(others);
        Assert.All(received, c => Assert.Contains(c.Reference, run.Output));
        Assert.All(others, c => Assert.DoesNotContain(c.Reference, run.Output));
    }

    [Fact]
    public async Task List_WithAPageSize_PrintsThatManyAndTheNextPageToken()
    {
        var run = await CliRun.RunAsync(fixture.Host, "complaints", "list", "--page-size", "2", "--as", Handler);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, run.Lines.Count(l => l.Contains("CMP-", StringComparison.Ordinal)));
        Assert.Contains("add --page-token ", run.Output);
    }

    [Fact]
    public async Task Show_PrintsTheComplaintsSummary()
    {
        var complaint = (await ComplaintsAsync()).First(c => c.Stage == Stage.Stage1Pending || c.Stage == Stage.Stage1Investigating);

        var run = await CliRun.RunAsync(fixture.Host, "complaints", "show", complaint.Reference, "--as", Handler);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(complaint.Reference, run.Output);
        Assert.Contains(complaint.Id, run.Output);
        Assert.Contains(complaint.ResidentReference, run.Output);
        Assert.Contains(complaint.NamedOfficer, run.Output);
        Assert.Contains(complaint.Stage == Stage.Stage1Pending ? "stage1-pending" : "stage1-investigating", run.Output);
    }

    [Fact]
    public async Task Show_AnUnknownReference_IsNotFound()
    {
        var run = await CliRun.RunAsync(fixture.Host, "complaints", "show", "CMP-1999-999999", "--as", Handler);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("NOT_FOUND", run.Output);
    }

    private async Task<IReadOnlyList<Complaint>> ComplaintsAsync() =>
        (await fixture.Host.Intake.ListComplaintsAsync(new ListComplaintsRequest { PageSize = 200 })).Complaints;
}
