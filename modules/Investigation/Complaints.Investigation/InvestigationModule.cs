using Complaints.Grpc.Server;
using Complaints.Investigation.Api.V1;
using Complaints.Investigation.Closure;
using Complaints.Investigation.Grpc;
using Complaints.Investigation.Persistence;
using Complaints.Investigation.Policy;
using Complaints.Kernel;
using Complaints.Kernel.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Complaints.Investigation;

/// <summary>Registers the Investigation module: its handlers, its tables, its policy section, its gRPC service.</summary>
public static class InvestigationModule
{
    public static IServiceCollection AddInvestigationModule(this IServiceCollection services)
    {
        services.AddModuleParts(typeof(InvestigationModule).Assembly);
        services.AddModuleDbContext<InvestigationDbContext>(InvestigationDbContext.MigrationsHistoryTable);
        services.AddPolicySection<InvestigationPolicy>(InvestigationPolicy.Section);
        services.AddSingleton<IValidateOptions<InvestigationPolicy>, InvestigationPolicyValidator>();
        services.AddScoped<Responses.AwardLinks>();
        services.AddScoped<Contracts.IInvestigationRecord, Read.InvestigationRecordReader>();
        services.AddOptions<NoReplySweepOptions>().BindConfiguration(NoReplySweepOptions.Section);
        services.AddSingleton<NoReplySweep>();
        services.AddHostedService(sp => sp.GetRequiredService<NoReplySweep>());
        services.AddGrpcServer().AddService<InvestigationGrpcService>(InvestigationReflection.Descriptor.Services[0]);
        return services;
    }
}
