using System.Reflection;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline;
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
        services.AddModuleDbContext<KernelDbContext>(KernelDbContext.MigrationsHistoryTable);
        services.AddScoped<IdempotencyStore>();
        services.AddScoped<SequenceGenerator>();

        services.AddScoped<CallerContext>();
        services.AddScoped<ICommandPipeline, CommandPipeline>();
        services.AddSingleton<PluginStepRegistry>();
        services.AddHostedService<PipelineStartupCheck>();

        services.AddSingleton<OutboxSignal>();
        services.AddScoped<OutboxWriter>();
        services.AddScoped<IEventPublisher>(sp => sp.GetRequiredService<OutboxWriter>());
        services.AddSingleton<OutboxConsumers>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }

    /// <summary>A module's DbContext on the call's shared connection, with its own migrations history table.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string migrationsHistoryTable)
        where TContext : ModuleDbContext
    {
        services.AddDbContext<TContext>((sp, options) =>
            sp.GetRequiredService<DatabaseProvider>().Configure(options, sp.GetRequiredService<UnitOfWork>().Connection, migrationsHistoryTable));
        services.AddSingleton(new ModuleDatabase(typeof(TContext)));
        return services;
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
