using Complaints.Kernel;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Lifecycle;

/// <summary>Registers the Lifecycle module: the ILifecycle facade and its tables.</summary>
public static class LifecycleModule
{
    public static IServiceCollection AddLifecycleModule(this IServiceCollection services)
    {
        services.AddModuleParts(typeof(LifecycleModule).Assembly);
        services.AddModuleDbContext<LifecycleDbContext>(LifecycleDbContext.MigrationsHistoryTable);
        services.AddScoped<ILifecycle, LifecycleService>();
        return services;
    }
}
