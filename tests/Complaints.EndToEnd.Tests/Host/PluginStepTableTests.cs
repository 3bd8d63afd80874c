using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.Kernel.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.EndToEnd.Tests.Host;

/// <summary>The resolved plug-in step table of the real host, as configuration leaves it.</summary>
public sealed class PluginStepTableTests
{
    private const string Expected = """
        LogComplaint             10 PreValidation     5 Synchronous  ApplyContactRestrictionsPlugin
        LogComplaint             10 PreValidation    10 Synchronous  ValidateLogComplaintPlugin
        LogComplaint             20 PreOperation     10 Synchronous  StampReceivedAtPlugin
        LogComplaint             40 PostOperation    10 Synchronous  StartLifecyclePlugin
        LogComplaint             40 PostOperation    30 Synchronous  ReportHazardFromComplaintPlugin
        RaiseRepair              10 PreValidation    10 Synchronous  ValidateRaiseRepairPlugin
        RaiseRepair              10 PreValidation   100 Synchronous  RaiseRepairInHousingSystemPlugin
        RecordContact            10 PreValidation     5 Synchronous  ApplyContactRestrictionsPlugin
        """;

    [Fact]
    public async Task StepTable_MatchesTheSnapshot()
    {
        await using var host = await RunningHost.StartAsync();

        var table = host.Services.GetRequiredService<PluginStepRegistry>().Describe();

        Assert.Equal(Expected.ReplaceLineEndings(), table.ReplaceLineEndings());
    }

    [Fact]
    public async Task StepTable_WhenConfigurationDisablesAndReordersSteps_ReflectsIt()
    {
        await using var host = await RunningHost.StartAsync(
            "--Pipeline:Steps:StampReceivedAtPlugin:Order=5",
            "--Pipeline:Steps:StartLifecyclePlugin:Enabled=false",
            "--Pipeline:Steps:StartLifecyclePlugin:Configuration=switched-off-for-test");

        var steps = host.Services.GetRequiredService<PluginStepRegistry>().Steps;

        Assert.Equal(5, steps.Single(s => s.Name == "StampReceivedAtPlugin").Order);
        var lifecycle = steps.Single(s => s.Name == "StartLifecyclePlugin");
        Assert.False(lifecycle.Enabled);
        Assert.Equal("switched-off-for-test", lifecycle.Configuration);
    }

    [Fact]
    public async Task StepTable_WhenConfigurationNamesAnUnknownPlugin_FailsAtStartUp()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => RunningHost.StartAsync("--Pipeline:Steps:NoSuchPlugin:Enabled=false"));

        Assert.Contains("NoSuchPlugin", error.ToString());
    }
}
