using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.PluginsApi.V1;
using Complaints.Testing;

namespace Complaints.EndToEnd.Tests.Plugins;

/// <summary>A plug-in folder for a host, the landlord's way of adding assemblies to it, and registering their steps.</summary>
public static class PluginFolderFixture
{
    public const string SampleNamespace = "Complaints.Samples.DampAndMould";

    public const string TestNamespace = "Complaints.TestPlugins";

    public static string EmptyFolder() => Directory.CreateTempSubdirectory("plugins-").FullName;

    /// <summary>Copies the built sample assembly in, as a landlord drops theirs into the folder of a running host.</summary>
    public static void DropSample(string folder) => File.Copy(BuiltPlugins.SamplesAssembly(), Path.Combine(folder, $"{BuiltPlugins.Samples}.dll"), overwrite: true);

    public static void DropTestPlugins(string folder) =>
        File.Copy(BuiltPlugins.TestPluginsAssembly(), Path.Combine(folder, $"{BuiltPlugins.TestPlugins}.dll"), overwrite: true);

    public static StepDefinition Sample(string type, string message, Stage stage, Mode mode = Mode.Synchronous) => new()
    {
        Name = $"{type} on {message}", Message = message, Stage = stage, Mode = mode, Assembly = BuiltPlugins.Samples, Type = $"{SampleNamespace}.{type}",
    };

    public static StepDefinition Test(string type, string message, Stage stage, Mode mode = Mode.Synchronous) => new()
    {
        Name = $"{type} on {message}", Message = message, Stage = stage, Mode = mode, Assembly = BuiltPlugins.TestPlugins, Type = $"{TestNamespace}.{type}",
    };

    public static async Task<Step> RegisterAsync(this RunningHost host, StepDefinition step) =>
        (await host.Plugins.RegisterStepAsync(new RegisterStepRequest { Step = step }).ResponseAsync).Step;

    /// <summary>The trace log of a step, oldest first, after waiting until it holds at least <paramref name="count"/> entries.</summary>
    public static async Task<IReadOnlyList<TraceLog>> TracesAsync(this RunningHost host, Step step, int count = 1, TraceOutcome outcome = TraceOutcome.Unspecified)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var traces = (await host.Plugins.ListTraceLogsAsync(new ListTraceLogsRequest { StepId = step.StepId, Outcome = outcome }).ResponseAsync).Traces;
            if (traces.Count >= count || DateTime.UtcNow > deadline)
                return [.. traces.Reverse()];
            await Task.Delay(100);
        }
    }
}
