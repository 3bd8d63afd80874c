using Complaints.Grpc.Server;
using Complaints.Kernel;
using Complaints.Kernel.Policy;
using Complaints.VexatiousBehaviour.Api.V1;
using Complaints.VexatiousBehaviour.Cases;
using Complaints.VexatiousBehaviour.Contact;
using Complaints.VexatiousBehaviour.Grpc;
using Complaints.VexatiousBehaviour.Persistence;
using Complaints.VexatiousBehaviour.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Complaints.VexatiousBehaviour;

/// <summary>Registers the VexatiousBehaviour module: handlers, the contact-restriction step, tables, policy section, gRPC service.</summary>
public static class VexatiousBehaviourModule
{
    public static IServiceCollection AddVexatiousBehaviourModule(this IServiceCollection services)
    {
        services.AddModuleParts(typeof(VexatiousBehaviourModule).Assembly);
        services.AddModuleDbContext<VexatiousBehaviourDbContext>(VexatiousBehaviourDbContext.MigrationsHistoryTable);
        services.AddPolicySection<VexatiousBehaviourPolicy>(VexatiousBehaviourPolicy.Section);
        services.AddSingleton<IValidateOptions<VexatiousBehaviourPolicy>, VexatiousBehaviourPolicyValidator>();
        services.AddScoped<ConductStore>();
        services.AddScoped<RestrictionsInForce>();
        services.AddScoped<Contracts.IConductRecord, Read.ConductRecord>();
        services.AddGrpcServer().AddService<VexatiousBehaviourGrpcService>(VexatiousBehaviourReflection.Descriptor.Services[0]);
        return services;
    }
}
