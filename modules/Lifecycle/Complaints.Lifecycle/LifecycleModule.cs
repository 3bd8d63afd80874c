using Complaints.Grpc.Server;
using Complaints.Kernel;
using Complaints.Kernel.Policy;
using Complaints.Lifecycle.Api.V1;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Grpc;
using Complaints.Lifecycle.Persistence;
using Complaints.Lifecycle.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Complaints.Lifecycle;

/// <summary>Registers the Lifecycle module: the ILifecycle facade, its policy section, its tables, its gRPC service.</summary>
public static class LifecycleModule
{
    public static IServiceCollection AddLifecycleModule(this IServiceCollection services)
    {
        services.AddModuleParts(typeof(LifecycleModule).Assembly);
        services.AddModuleDbContext<LifecycleDbContext>(LifecycleDbContext.MigrationsHistoryTable);
        services.AddScoped<ILifecycle, LifecycleService>();
        services.AddPolicySection<LifecyclePolicy>(LifecyclePolicy.Section);
        services.AddSingleton<IValidateOptions<LifecyclePolicy>, LifecyclePolicyValidator>();
        services.AddGrpcServer().AddService<LifecycleGrpcService>(LifecycleReflection.Descriptor.Services[0]);
        return services;
    }
}
