using System.Text.Json.Nodes;
using Complaints.Kernel;
using Microsoft.Extensions.Hosting;

namespace Complaints.VexatiousBehaviour.Tests;

/// <summary>
/// VexatiousBehaviour with complaints on record in Intake's place (its restriction step finds a complaint's resident
/// there), and this project's own contact message, which any module's message stands for.
/// </summary>
public class VexatiousBehaviourHosts : ModuleHostFixture
{
    protected override void AddModules(IHostApplicationBuilder builder)
    {
        builder.AddComplaintsOnRecord().AddVexatiousBehaviourModule();
        builder.Services.AddModuleParts(typeof(VexatiousBehaviourHosts).Assembly);
    }
}

/// <summary>The same, under a copy of the Code's profile that reviews restrictions every 20 working days instead of every 6 months.</summary>
public sealed class WorkingDayReviewHosts : VexatiousBehaviourHosts
{
    private readonly string _folder = Directory.CreateTempSubdirectory("profiles-").FullName;

    public WorkingDayReviewHosts()
    {
        var profile = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PolicyProfiles", "code2024.json")))!;
        profile["vexatiousBehaviour"]!["review"] = new JsonObject { ["workingDays"] = 20, ["clause"] = "every twenty working days" };
        File.WriteAllText(Path.Combine(_folder, "code2024.json"), profile.ToJsonString());
    }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Complaints:PolicyProfilesFolder", _folder)];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
