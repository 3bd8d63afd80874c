using BenchmarkDotNet.Attributes;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Pipeline.Plugins.Registration;
using Complaints.Plugins;
using Complaints.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Benchmarks;

/// <summary>
/// What a landlord's registered step costs a message: the same message as <see cref="PipelineBenchmarks"/> (its three
/// compiled-in steps, the handler, a transaction) on a SQLite file, with 0, 1 or 3 registered no-op steps of a dropped-in
/// assembly (one per stage), each written to the trace log (the product's default, <c>Plugins:TraceLog</c> All) or not (Off).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RegisteredStepBenchmarks
{
    private static readonly PluginStage[] Stages = [PluginStage.PreValidation, PluginStage.PreOperation, PluginStage.PostOperation];

    private BenchmarkKernel _kernel = null!;

    [Params(0, 1, 3)]
    public int RegisteredSteps { get; set; }

    [Params("All", "Off")]
    public string TraceLog { get; set; } = "All";

    [GlobalSetup]
    public async Task Setup()
    {
        _kernel = await BenchmarkKernel.StartAsync(("Plugins:TraceLog", TraceLog));
        File.Copy(BuiltPlugins.TestPluginsAssembly(), Path.Combine(_kernel.Folder, $"{BuiltPlugins.TestPlugins}.dll"));
        await RegisterNoOpStepsAsync();
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _kernel.DisposeAsync();

    [Benchmark]
    public async Task<int> PingMessage()
    {
        await using var scope = _kernel.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICommandPipeline>().ExecuteAsync(new PingMessageCommand(1));
    }

    /// <summary>Straight into the table: the registration service would refuse PingMessage, which is not a product message.</summary>
    private async Task RegisterNoOpStepsAsync()
    {
        await using var scope = _kernel.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
        foreach (var stage in Stages.Take(RegisteredSteps))
            db.PluginSteps.Add(new StepRegistration
            {
                Id = Guid.CreateVersion7(), Name = $"No-op at {stage}", Message = MessageNames.Of(typeof(PingMessageCommand)), Stage = stage,
                Assembly = BuiltPlugins.TestPlugins, Type = "Complaints.TestPlugins.NoOpStep", RegisteredAt = DateTimeOffset.UtcNow, RegisteredBy = "benchmark",
            });
        await db.SaveChangesAsync();
    }
}
