using System.Text.Json;
using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;
using Complaints.SystemApi.V1;

namespace Complaints.EndToEnd.Tests.Host;

public sealed class PolicyProfileTests
{
    [Fact]
    public async Task GetPolicyProfile_ShowsTheActiveProfileWithItsClauses()
    {
        await using var host = await RunningHost.StartAsync();

        var profile = await host.System.GetPolicyProfileAsync(new GetPolicyProfileRequest()).ResponseAsync;

        Assert.Equal("code2024", profile.Id);
        using var json = JsonDocument.Parse(profile.ProfileJson);
        var stage1 = json.RootElement.GetProperty("lifecycle").GetProperty("stage1");
        Assert.Equal(5, stage1.GetProperty("acknowledge").GetProperty("workingDays").GetInt32());
        Assert.Contains("within 5 of receipt", stage1.GetProperty("acknowledge").GetProperty("clause").GetString());
    }

    public static TheoryData<string> ShippedProfiles() =>
        new(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "PolicyProfiles"), "*.json").Select(Path.GetFileNameWithoutExtension).Order()!);

    // Every module binds and validates its own section at start-up, so starting the host is the check that counts.
    [Theory]
    [MemberData(nameof(ShippedProfiles))]
    public async Task StartUp_WithEachShippedProfile_BindsEverySection(string id)
    {
        await using var host = await RunningHost.StartAsync($"--Complaints:PolicyProfile={id}");

        var profile = await host.System.GetPolicyProfileAsync(new GetPolicyProfileRequest()).ResponseAsync;

        Assert.Equal(id, profile.Id);
    }

    [Fact]
    public async Task StartUp_WhenTheProfileDoesNotExist_NamesTheAvailableOnes()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => RunningHost.StartAsync("--Complaints:PolicyProfile=nosuch"));

        Assert.Contains("Policy profile 'nosuch' not found", error.Message);
        Assert.Contains("code2024", error.Message);
    }

    [Theory]
    [InlineData("\"dueSoonWorkingDays\": 2", "\"dueSoonWorkingDays\": 0", "dueSoonWorkingDays must be at least 1")]
    [InlineData("\"dueSoonWorkingDays\": 2", "\"dueSoonWorkinDays\": 2", "dueSoonWorkinDays")]
    [InlineData("\"windowMonths\": 12", "\"windowMonths\": \"twelve\"", "windowMonths")]
    [InlineData("\"handling\": \"NotStated\"", "\"handling\": \"Sometimes\"", "'Sometimes' is not one of")]
    public async Task StartUp_WhenTheProfileIsInvalid_FailsWithAClearError(string original, string broken, string expected)
    {
        var folder = Directory.CreateTempSubdirectory("profiles-").FullName;
        var shipped = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "PolicyProfiles", "code2024.json"));
        Assert.Contains(original, shipped);
        await File.WriteAllTextAsync(Path.Combine(folder, "code2024.json"), shipped.Replace(original, broken));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => RunningHost.StartAsync($"--Complaints:PolicyProfilesFolder={folder}"));

        Assert.Contains(expected, error.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
