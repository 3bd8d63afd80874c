using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Host;
using Complaints.Host.Security;
using Complaints.Testing.V1;
using Microsoft.AspNetCore.Builder;

namespace Complaints.EndToEnd.Tests.Access;

/// <summary>The table itself: complete, free of typos, and the one the README shows.</summary>
public sealed class PermissionTableTests
{
    private static string[] Args() =>
        ["--environment=Development", "--Database:Provider=Sqlite", $"--Database:ConnectionString=Data Source={Path.GetTempFileName()}"];

    [Fact]
    public void EveryRpcOfThePublicApi_NamesAPermission()
    {
        var unnamed = DefaultRoleTable.Methods.Where(m => string.IsNullOrEmpty(
            m.GetOptions()?.GetExtension(Complaints.Common.V1.AccessExtensions.Permission))).Select(m => m.FullName);

        Assert.Empty(unnamed);
    }

    [Fact]
    public async Task AServiceWithAnRpcNamingNoPermission_StopsTheServerFromStarting()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ComplaintsApp.Build(Args(), map: endpoints => endpoints.MapGrpcService<UnguardedProbe>()));

        Assert.Contains("/complaints.testing.v1.UnguardedProbeService/Echo", error.Message);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task ARoleGrantingAPermissionNoRpcNeeds_StopsTheServerFromStarting()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ComplaintsApp.Build([.. Args(), "--Authorization:Roles:complaint-handler:99=complaints.delete-everything"]));

        Assert.Contains("complaints.delete-everything", error.Message);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task TheReadme_ShowsThePermissionTableTheServerBuilds()
    {
        await using var app = ComplaintsApp.Build(Args());

        var table = PermissionTableDocument.Markdown(app.Services);
        // Written out for whoever changes the table: paste it into the README's "Who may do what" section.
        Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "tests", "TestResults"));
        await File.WriteAllTextAsync(Path.Combine(RepoPaths.Root, "tests", "TestResults", "permission-table.md"), table);

        Assert.Contains(table, (await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "README.md"))).ReplaceLineEndings("\n"));
    }

    private sealed class UnguardedProbe : UnguardedProbeService.UnguardedProbeServiceBase;
}
