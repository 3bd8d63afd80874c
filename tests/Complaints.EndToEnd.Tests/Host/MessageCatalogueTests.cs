using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Pipeline.Plugins;
using Complaints.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.EndToEnd.Tests.Host;

/// <summary>
/// The plug-in SDK's message catalogue is the public contract of every change the API makes: it must list exactly the
/// messages the real host's modules handle, each with its input's attributes as they are.
/// </summary>
public sealed class MessageCatalogueTests
{
    private static readonly string GeneratedFile = Path.Combine(RepoRoot(), "host", "Complaints.Plugins.Abstractions", "MessageCatalogue.g.cs");

    [Fact]
    public async Task Catalogue_IsWhatTheModulesHandle()
    {
        await using var host = await RunningHost.StartAsync();
        var messages = MessageCatalogueWriter.Describe(host.Services.GetRequiredService<IEnumerable<DiscoveredMessage>>());
        var expected = MessageCatalogueWriter.Render(messages);

        if (Environment.GetEnvironmentVariable("COMPLAINTS_UPDATE_SNAPSHOTS") == "1")
            await File.WriteAllTextAsync(GeneratedFile, expected);
        Assert.True(expected.ReplaceLineEndings() == (await File.ReadAllTextAsync(GeneratedFile)).ReplaceLineEndings(),
            $"{GeneratedFile} is stale: a message's shape changed. Run the test with COMPLAINTS_UPDATE_SNAPSHOTS=1 to rewrite it, and review the diff as a change to the plug-in SDK's public contract.");
        Assert.Equal(messages.Select(m => m.Name), MessageCatalogue.Messages.Select(m => m.Name));
    }

    [Fact]
    public void Catalogue_NamesLogComplaintsFieldsAsTheApiDoes()
    {
        var log = MessageCatalogue.Find("LogComplaint");

        Assert.NotNull(log);
        Assert.Equal("string", log.Attribute("resident_reference")?.Type);
        Assert.False(log.Attribute("description")?.Optional);
        Assert.True(log.Attribute("description")?.Settable);
        Assert.StartsWith("enum ComplaintChannel(", log.Attribute("channel")?.Type);
        Assert.Equal("string[]", log.Attribute("vulnerabilities")?.Type);
        Assert.False(log.Attribute("representative")?.Settable);
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
}
