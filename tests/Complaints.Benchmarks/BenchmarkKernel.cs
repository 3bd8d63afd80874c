using Complaints.Kernel;
using Complaints.Kernel.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Complaints.Benchmarks;

/// <summary>
/// The Kernel with the benchmark's messages, on a migrated SQLite file in a folder of its own, its background writers
/// (the audit and the plug-in trace log) running as in the host, and the outbox dispatcher off.
/// </summary>
internal sealed class BenchmarkKernel : IAsyncDisposable
{
    private BenchmarkKernel(ServiceProvider services, string folder) => (Services, Folder) = (services, folder);

    public ServiceProvider Services { get; }

    /// <summary>Holds the database, and is the plug-in folder.</summary>
    public string Folder { get; }

    public static async Task<BenchmarkKernel> StartAsync(params (string Key, string Value)[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("kernel-benchmark-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "benchmark.db")}",
            ["Outbox:DispatcherEnabled"] = "false",
            ["Plugins:Folder"] = folder,
        }).AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
        var services = new ServiceCollection().AddLogging().AddKernel(configuration)
            .AddModuleParts(typeof(BenchmarkKernel).Assembly).BuildServiceProvider();
        await DatabaseMigrator.MigrateAsync(services);
        foreach (var hosted in services.GetServices<IHostedService>())
            await hosted.StartAsync(CancellationToken.None);
        return new BenchmarkKernel(services, folder);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in Services.GetServices<IHostedService>())
            await hosted.StopAsync(CancellationToken.None);
        await Services.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
