using Complaints.Kernel;
using Complaints.Kernel.Policy;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Persistence;
using Complaints.Lifecycle.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Complaints.Lifecycle;

/// <summary>Registers the Lifecycle module: the ILifecycle facade and its tables.</summary>
public static class LifecycleModule
{
    public static IServiceCollection AddLifecycleModule(this IServiceCollection services)
    {
        services.AddModuleParts(typeof(LifecycleModule).Assembly);
        services.AddModuleDbContext<LifecycleDbContext>(LifecycleDbContext.MigrationsHistoryTable);
        services.AddScoped<ILifecycle, LifecycleService>();
        services.AddPolicySection<LifecyclePolicy>(LifecyclePolicy.Section);
        services.AddSingleton<IValidateOptions<LifecyclePolicy>, LifecyclePolicyValidator>();
        return services;
    }
}
