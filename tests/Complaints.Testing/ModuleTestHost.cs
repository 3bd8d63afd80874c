using Complaints.Kernel;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Complaints.Testing;

/// <summary>
/// Modules as the host composes them — Kernel, policy profile, working-day calendar, and the registrations the test
/// passes in — on a real, migrated database, with a clock the test sets. Commands run as a request does: a fresh
/// scope, the caller's actor, the whole pipeline. No gRPC, no Kestrel: what the wire adds is the end-to-end tests'.
/// </summary>
public sealed class ModuleTestHost : IAsyncDisposable
{
    /// <summary>The caller when a test names none: an officer handling complaints.</summary>
    public static readonly Actor Officer = new("officer-1", new HashSet<string> { "complaint-handler" });

    private readonly IHost _host;
    private readonly TestDatabase _database;

    private ModuleTestHost(IHost host, TestDatabase database, TestClock clock, string profile)
    {
        _host = host;
        _database = database;
        Clock = clock;
        Profile = profile;
    }

    public IServiceProvider Services => _host.Services;

    public TestClock Clock { get; }

    /// <summary>The policy profile in force (Complaints:PolicyProfile).</summary>
    public string Profile { get; }

    /// <summary>"Sqlite" or "PostgreSql".</summary>
    public string Provider => _database.Provider;

    /// <param name="provider">A <see cref="TestDatabase.Providers"/> value.</param>
    /// <param name="profile">A profile id; its file must be in the test's output under PolicyProfiles/.</param>
    /// <param name="addModules">The module under test and its collaborators, e.g. <c>b => b.AddLifecycleModule().AddIntakeModule()</c>.</param>
    /// <param name="settings">Configuration beyond the defaults (a module's own sections); later keys win.</param>
    /// <param name="now">Where the clock starts.</param>
    public static async Task<ModuleTestHost> StartAsync(string provider, string profile, Action<IHostApplicationBuilder> addModules,
        IEnumerable<KeyValuePair<string, string?>>? settings, DateTimeOffset now)
    {
        var database = await TestDatabase.CreateAsync(provider);
        try
        {
            var clock = new TestClock(now);
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = database.Provider,
                ["Database:ConnectionString"] = database.ConnectionString,
                ["Complaints:PolicyProfile"] = profile,
                // Background work stays off: a test drives what it needs, so nothing moves behind its back.
                ["Outbox:DispatcherEnabled"] = "false",
                ["Investigation:NoReplySweep:Enabled"] = "false",
            });
            builder.Configuration.AddInMemoryCollection(settings ?? []);
            builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
            builder.Services.AddLogging();
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddKernel(builder.Configuration);
            builder.Services.AddPolicyProfile(builder.Configuration);
            builder.Services.AddWorkingDayCalendar(builder.Configuration);
            addModules(builder);
            var host = builder.Build();
            await DatabaseMigrator.MigrateAsync(host.Services);
            await host.StartAsync(); // validates every policy section and the step table, as the server's start does
            return new ModuleTestHost(host, database, clock, profile);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs a message as a request would: a fresh scope, the given caller (<see cref="Officer"/> when none).</summary>
    public async Task<TResult> ExecuteAsync<TResult>(ICommand<TResult> command, Actor? actor = null)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Actor = actor ?? Officer;
        return await scope.ServiceProvider.GetRequiredService<ICommandPipeline>().ExecuteAsync(command);
    }

    /// <summary>Reads in a fresh scope, outside any transaction (a module's reader, a contract, a DbContext).</summary>
    public async Task<T> QueryAsync<T>(Func<IServiceProvider, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider);
    }

    /// <summary>Reads one module's tables in a fresh scope.</summary>
    public Task<T> QueryAsync<TContext, T>(Func<TContext, Task<T>> query) where TContext : DbContext =>
        QueryAsync(services => query(services.GetRequiredService<TContext>()));

    /// <summary>
    /// Works through contracts in one transaction, as a module's handler would (e.g. moving the lifecycle on to a stage
    /// whose own message belongs to a module not under test).
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UnitOfWork>().ExecuteAsync(() => work(scope.ServiceProvider), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync();
        }
        finally
        {
            _host.Dispose();
            await _database.DisposeAsync();
        }
    }
}
