using BenchmarkDotNet.Attributes;
using Complaints.Kernel.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Benchmarks;

/// <summary>
/// The cost of sending a message through the pipeline (three sync plug-ins, the handler, a transaction on a SQLite
/// file) against calling its handler directly in a DI scope.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class PipelineBenchmarks
{
    private static readonly ExecutionScope Scope = new(Actor.System, "benchmark", 1);

    private BenchmarkKernel _kernel = null!;

    private ServiceProvider _services = null!;

    [GlobalSetup]
    public async Task Setup() => _services = (_kernel = await BenchmarkKernel.StartAsync()).Services;

    [GlobalCleanup]
    public async Task Cleanup() => await _kernel.DisposeAsync();

    [Benchmark(Baseline = true)]
    public async Task<int> HandlerCalledDirectly()
    {
        await using var scope = _services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<ICommandHandler<PingMessageCommand, int>>();
        var context = new PluginContext<PingMessageCommand, int>("PingMessage", new PingMessageCommand(1), Scope, DateTimeOffset.UtcNow);
        return await handler.HandleAsync(context, CancellationToken.None);
    }

    /// <summary>What the pipeline cannot avoid: a connection and a transaction for the message.</summary>
    [Benchmark]
    public async Task<int> TransactionOnly()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Kernel.Persistence.UnitOfWork>()
            .ExecuteAsync(() => Task.FromResult(2), CancellationToken.None);
    }

    [Benchmark]
    public async Task<int> ThroughThePipeline()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICommandPipeline>().ExecuteAsync(new PingMessageCommand(1));
    }
}
