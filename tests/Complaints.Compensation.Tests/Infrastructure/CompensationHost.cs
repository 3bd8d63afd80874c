using Complaints.Compensation.Calculation;
using Complaints.Compensation.Persistence;
using Complaints.Intake.Contracts;
using Complaints.Kernel;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Policy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Complaints.Compensation.Tests.Infrastructure;

/// <summary>
/// The Compensation module as the host registers it, on a fresh migrated database, under a shipped policy profile and
/// the test rates; messages go through its pipeline as an outside caller's would. Intake is not here: no complaint is
/// known, so awards are proposed for Ombudsman orders.
/// </summary>
internal sealed class CompensationHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly TestDatabase _database;

    private CompensationHost(IHost host, TestDatabase database)
    {
        _host = host;
        _database = database;
    }

    public static async Task<CompensationHost> StartAsync(string provider, string profile = "code2024")
    {
        var database = await TestDatabase.CreateAsync(provider);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Outbox:DispatcherEnabled"] = "false",
            ["Complaints:PolicyProfile"] = profile,
        });
        builder.Services.AddLogging();
        builder.Services.AddKernel(builder.Configuration);
        builder.Services.AddPolicyProfile(builder.Configuration);
        builder.AddCompensationModule();
        builder.Services.Configure<RatesOptions>(options => (options.RateTables, options.Bands) = (Rates.Options().RateTables, Rates.Options().Bands));
        builder.Services.AddSingleton<IComplaintDirectory, NoComplaints>();
        var host = builder.Build();
        await DatabaseMigrator.MigrateAsync(host.Services);
        return new CompensationHost(host, database);
    }

    public IServiceProvider Services => _host.Services;

    /// <summary>Runs a message in a fresh scope as <paramref name="actor"/>, through the module's pipeline.</summary>
    public async Task<TResult> ExecuteAsync<TResult>(ICommand<TResult> command, Actor actor)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Actor = actor;
        return await scope.ServiceProvider.GetRequiredService<ICommandPipeline>().ExecuteAsync(command);
    }

    /// <summary>Reads or writes the module's tables directly, outside any message (e.g. a row written before a fix).</summary>
    public async Task<T> WithDbAsync<T>(Func<CompensationDbContext, Task<T>> work)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CompensationDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        await _database.DisposeAsync();
    }

    private sealed class NoComplaints : IComplaintDirectory
    {
        public Task<ComplaintSummary?> FindAsync(Guid complaintId, CancellationToken cancellationToken) => Task.FromResult<ComplaintSummary?>(null);

        public Task<IReadOnlyList<ComplaintSummary>> ForResidentAsync(string residentReference, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ComplaintSummary>>([]);

        public Task<ComplaintSummary?> FindByReferenceAsync(string reference, CancellationToken cancellationToken) => Task.FromResult<ComplaintSummary?>(null);

        public Task<IReadOnlyDictionary<Guid, string>> ReferencesAsync(IReadOnlyCollection<Guid> complaintIds, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<Guid, string>>(new Dictionary<Guid, string>());
    }
}
