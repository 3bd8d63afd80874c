using System.Text.Json;
using Complaints.Intake.Api.V1;

namespace Complaints.EndToEnd.Tests.Cli;

/// <summary>
/// <c>complaints evidence-pack export</c>: ExportCaseFile needs no Ombudsman referral (any complaint has a pack), only the
/// ombudsman.export permission, which the liaison role holds.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class CliEvidencePackTests(SeededDevelopmentHost fixture)
{
    private const string Liaison = "lee.liaison:ombudsman-liaison";

    [Fact]
    public async Task Export_AsHtml_WritesAFileNamingTheComplaint()
    {
        var complaint = await AnyComplaintAsync();
        var file = Path.Combine(Directory.CreateTempSubdirectory("cli-pack-").FullName, "pack.html");

        var run = await CliRun.RunAsync(fixture.Host, "evidence-pack", "export", complaint.Reference, "--out", file, "--as", Liaison);

        Assert.True(run.ExitCode == 0, run.ToString());
        var html = await File.ReadAllTextAsync(file);
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(complaint.Reference, html);
        Assert.Contains(file, run.Output);
    }

    [Fact]
    public async Task Export_ByIdAsJson_WritesTheComplaintsPack()
    {
        var complaint = await AnyComplaintAsync();
        var file = Path.Combine(Directory.CreateTempSubdirectory("cli-pack-").FullName, "pack.txt");

        var run = await CliRun.RunAsync(fixture.Host, "evidence-pack", "export", complaint.Id, "--format", "json", "--out", file, "--as", Liaison);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var pack = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        Assert.Contains(complaint.Reference, pack.RootElement.GetRawText());
    }

    [Fact]
    public async Task Export_WithoutTheExportPermission_IsRefusedAndWritesNothing()
    {
        var complaint = await AnyComplaintAsync();
        var file = Path.Combine(Directory.CreateTempSubdirectory("cli-pack-").FullName, "pack.html");

        var run = await CliRun.RunAsync(fixture.Host, "evidence-pack", "export", complaint.Reference, "--out", file, "--as", "hana.handler:complaint-handler");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PERMISSION_DENIED", run.Output);
        Assert.False(File.Exists(file));
    }

    private async Task<Complaint> AnyComplaintAsync() =>
        (await fixture.Host.Intake.ListComplaintsAsync(new ListComplaintsRequest { PageSize = 1 })).Complaints.Single();
}
