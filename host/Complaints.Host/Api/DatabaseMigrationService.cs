using Complaints.Kernel.Persistence;

namespace Complaints.Host.Api;

/// <summary>Applies every module's migrations before the server starts listening (StartingAsync runs first).</summary>
internal sealed class DatabaseMigrationService(IServiceProvider services) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => DatabaseMigrator.MigrateAsync(services, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
