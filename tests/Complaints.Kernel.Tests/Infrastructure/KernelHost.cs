using Complaints.Kernel.Events;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Tests.Pipeline.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Kernel.Tests.Infrastructure;

/// <summary>The Kernel with the test "Ledger" module, on a real database, migrated; the dispatcher is driven by hand.</summary>
public sealed class KernelHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly TestDatabase? _ownDatabase;

    private KernelHost(ServiceProvider services, TestDatabase? ownDatabase)
    {
        _services = services;
        _ownDatabase = ownDatabase;
    }

    public IServiceProvider Services => _services;

    public StepJournal Journal => _services.GetRequiredService<StepJournal>();

    public static async Task<KernelHost> StartAsync(string provider, IDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        return await StartOnAsync(database, settings, ownsDatabase: true);
    }

    /// <summary>Another host on <paramref name="database"/>, as when several servers share one database; it leaves the database be.</summary>
    public static Task<KernelHost> StartBesideAsync(TestDatabase database, IDictionary<string, string?>? settings = null) =>
        StartOnAsync(database, settings, ownsDatabase: false);

    private static async Task<KernelHost> StartOnAsync(TestDatabase database, IDictionary<string, string?>? settings, bool ownsDatabase)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Outbox:DispatcherEnabled"] = "false",
            ["Outbox:RetryBaseDelay"] = "00:00:00",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddKernel(configuration)
            .AddModuleParts(typeof(KernelHost).Assembly)
            .AddPublishedEvents(typeof(KernelHost).Assembly)
            .AddModuleDbContext<LedgerDbContext>(LedgerDbContext.MigrationsHistoryTable)
            .AddSingleton<StepJournal>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await DatabaseMigrator.MigrateAsync(services);
        return new KernelHost(services, ownsDatabase ? database : null);
    }

    /// <summary>Runs a message as an outside caller would: a fresh scope, with the given actor.</summary>
    public async Task<TResult> ExecuteAsync<TResult>(ICommand<TResult> command, Actor? actor = null, string? correlationId = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var caller = scope.ServiceProvider.GetRequiredService<CallerContext>();
        caller.Actor = actor ?? new Actor("officer-1", new HashSet<string> { "complaint-handler" });
        caller.CorrelationId = correlationId ?? caller.CorrelationId;
        return await scope.ServiceProvider.GetRequiredService<ICommandPipeline>().ExecuteAsync(command);
    }

    public async Task<T> QueryAsync<TContext, T>(Func<TContext, Task<T>> query) where TContext : DbContext
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    public Task<List<LedgerEntry>> EntriesAsync() =>
        QueryAsync<LedgerDbContext, List<LedgerEntry>>(db => db.Entries.AsNoTracking().OrderBy(e => e.Id).ToListAsync());

    public Task<int> DeliverDueAsync() => _services.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_ownDatabase is not null)
            await _ownDatabase.DisposeAsync();
    }
}
