using System.Reflection;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Persistence.Migrations.Sqlite;
using Complaints.Kernel.Persistence.Migrations.PostgreSql;
using Complaints.Kernel.Persistence.Migrations.SqlServer;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Complaints.Kernel;

public static class KernelServiceCollectionExtensions
{
    /// <summary>The pipeline, unit of work, outbox and the Kernel's own tables, configured from <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddKernel(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<PipelineOptions>(configuration.GetSection(PipelineOptions.Section));
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.Configure<Time.ClockOptions>(configuration.GetSection(Time.ClockOptions.Section));

        services.AddSingleton<DatabaseProvider>();
        services.AddScoped<UnitOfWork>();
        services.AddModuleDbContext<KernelDbContext, KernelSqliteDbContext, KernelPostgreSqlDbContext, KernelSqlServerDbContext>(KernelDbContext.MigrationsHistoryTable);
        services.AddScoped<IdempotencyStore>();
        services.AddScoped<SequenceGenerator>();
        services.Configure<Access.ApiKeyOptions>(configuration.GetSection("ApiKeys"));
        services.AddScoped<Access.ApiKeyStore>();
        services.AddScoped<Privacy.RetentionLedger>();
        services.AddSingleton<Leases.HostInstance>();
        services.AddScoped<Leases.LeaseKeeper>();
        services.AddPolicySection<Privacy.RetentionPolicy>(Privacy.RetentionPolicy.Section);
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<Privacy.RetentionPolicy>, Privacy.RetentionPolicyValidator>();
        services.AddSingleton<Access.AuditTrail>();
        services.AddHostedService(sp => sp.GetRequiredService<Access.AuditTrail>());

        services.AddMetrics();
        services.AddSingleton<Telemetry.ComplaintsMetrics>();
        services.AddSingleton<Telemetry.StatementCounter>();
        services.AddScoped<CallerContext>();
        services.AddScoped<ICommandPipeline, CommandPipeline>();
        services.AddSingleton<PluginStepRegistry>();
        services.Configure<Pipeline.Plugins.DropIn.PluginFolderOptions>(configuration.GetSection(Pipeline.Plugins.DropIn.PluginFolderOptions.Section));
        services.AddSingleton<Pipeline.Plugins.DropIn.PluginFolder>();
        services.AddSingleton<Pipeline.Plugins.RegisteredStepRunner>();
        services.AddSingleton<Pipeline.Plugins.StepExecution>();
        services.AddSingleton<Pipeline.Plugins.Registration.RegisteredSteps>();
        services.AddScoped<Pipeline.Plugins.Registration.StepRegistrationStore>();
        services.AddScoped<FailedExecutions>();
        services.AddSingleton<Pipeline.Plugins.Tracing.PluginTraceLog>();
        services.AddHostedService(sp => sp.GetRequiredService<Pipeline.Plugins.Tracing.PluginTraceLog>());
        services.AddHostedService<PipelineStartupCheck>();

        services.Configure<Events.EventLogOptions>(configuration.GetSection(Events.EventLogOptions.Section));
        services.AddSingleton<Events.EventCatalogue>();
        services.AddSingleton<Events.EventLogSignal>();
        services.AddScoped<Events.EventLogReader>();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<OutboxWriter>();
        services.AddScoped<IEventPublisher>(sp => sp.GetRequiredService<OutboxWriter>());
        services.AddSingleton<OutboxConsumers>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }

    /// <summary>
    /// A module's DbContext on the call's shared connection, with its own migrations history table and one migration
    /// set per provider (EF Core's "migrations with multiple providers"): <typeparamref name="TContext"/> resolves to
    /// the configured provider's derived context, whose type selects that provider's migrations.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgreSql, TSqlServer>(this IServiceCollection services, string migrationsHistoryTable)
        where TContext : ModuleDbContext
        where TSqlite : TContext
        where TPostgreSql : TContext
        where TSqlServer : TContext
    {
        AddPool<TSqlite>(services, migrationsHistoryTable);
        AddPool<TPostgreSql>(services, migrationsHistoryTable);
        AddPool<TSqlServer>(services, migrationsHistoryTable);
        // One registration lends the context, so the scope gives it back once. (Registering each provider's type as well,
        // with this one an alias of it, had the scope dispose the same pooled context twice: the second time after
        // another call had borrowed it, which then found its context disposed under it.)
        services.AddScoped<TContext>(sp => sp.GetRequiredService<DatabaseProvider>().Kind switch
        {
            DatabaseProviderKind.Sqlite => Borrow<TSqlite>(sp),
            DatabaseProviderKind.PostgreSql => Borrow<TPostgreSql>(sp),
            DatabaseProviderKind.SqlServer => Borrow<TSqlServer>(sp),
            var kind => throw new InvalidOperationException($"Database:Provider {kind} is not supported."),
        });
        services.AddSingleton(new ModuleDatabase(typeof(TContext)));
        return services;
    }

    /// <summary>A DbContext whose migrations serve every provider (a test module's hand-written ones).</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string migrationsHistoryTable)
        where TContext : ModuleDbContext
    {
        AddContext<TContext>(services, migrationsHistoryTable);
        services.AddSingleton(new ModuleDatabase(typeof(TContext)));
        return services;
    }

    /// <summary>
    /// The context's options are built once, for the configured provider and without a connection, and contexts are
    /// pooled: a call borrows one, joins it to its connection and transaction (<see cref="ModuleDbContext.JoinCall"/>),
    /// and gives it back when the call's scope ends. Building options per call, and then a context per call, each cost
    /// a good share of a small call's CPU (a read made three contexts: about a tenth of its CPU was making them).
    /// </summary>
    private static void AddContext<TContext>(IServiceCollection services, string migrationsHistoryTable) where TContext : ModuleDbContext
    {
        AddPool<TContext>(services, migrationsHistoryTable);
        services.AddScoped<TContext>(Borrow<TContext>);
    }

    private static void AddPool<TContext>(IServiceCollection services, string migrationsHistoryTable) where TContext : ModuleDbContext =>
        services.AddPooledDbContextFactory<TContext>((sp, options) =>
            sp.GetRequiredService<DatabaseProvider>().Configure(
                options.UseApplicationServiceProvider(sp).AddInterceptors(sp.GetRequiredService<Telemetry.StatementCounter>()), migrationsHistoryTable));

    /// <summary>A context from the pool, joined to the call's connection and transaction; the scope gives it back.</summary>
    private static TContext Borrow<TContext>(IServiceProvider sp) where TContext : ModuleDbContext
    {
        var context = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
        context.JoinCall(sp.GetRequiredService<UnitOfWork>());
        return context;
    }

    /// <summary>Everything a module contributes to the pipeline and the outbox, found inside its own assembly only:
    /// plug-ins, command handlers and event subscribers.</summary>
    public static IServiceCollection AddModuleParts(this IServiceCollection services, Assembly moduleAssembly)
    {
        services.AddPipelineStepsFrom(moduleAssembly);
        services.Scan(scan => scan.FromAssemblies(moduleAssembly)
            .AddClasses(c => c.AssignableTo(typeof(IEventHandler<>)), publicOnly: false).AsSelf().WithScopedLifetime());
        foreach (var handler in moduleAssembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var subscribed in handler.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEventHandler<>)))
                services.AddSingleton(new EventSubscriber(subscribed.GetGenericArguments()[0], handler));
        }
        return services;
    }
}
