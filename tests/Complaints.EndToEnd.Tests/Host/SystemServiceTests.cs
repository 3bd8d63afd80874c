using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.SystemApi.V1;

namespace Complaints.EndToEnd.Tests.Host;

public sealed class SystemServiceTests
{
    [Fact]
    public async Task GetInfo_ReturnsProductVersionAndTheDefaultPolicyProfile()
    {
        await using var host = await RunningHost.StartAsync();

        var info = await host.System.GetInfoAsync(new GetInfoRequest()).ResponseAsync;

        Assert.Equal("Complaints.Modular", info.Product);
        Assert.StartsWith("0.1.0", info.Version);
        Assert.Equal("code2024", info.PolicyProfile);
        Assert.Equal("Testing", info.Environment);
        Assert.InRange(info.StartedAt.ToDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task GetInfo_ReportsTheConfiguredPolicyProfile()
    {
        // A landlord's own profile in its own folder, chosen by configuration.
        var folder = Directory.CreateTempSubdirectory("profiles-").FullName;
        var shipped = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "PolicyProfiles", "code2024.json"));
        await File.WriteAllTextAsync(Path.Combine(folder, "own-landlord.json"), shipped.Replace("\"id\": \"code2024\"", "\"id\": \"own-landlord\""));
        await using var host = await RunningHost.StartAsync("--Complaints:PolicyProfile=own-landlord", $"--Complaints:PolicyProfilesFolder={folder}");

        var info = await host.System.GetInfoAsync(new GetInfoRequest()).ResponseAsync;

        Assert.Equal("own-landlord", info.PolicyProfile);
    }
}
