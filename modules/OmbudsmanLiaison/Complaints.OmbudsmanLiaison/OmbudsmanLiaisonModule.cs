using Complaints.Grpc.Server;
using Complaints.Kernel;
using Complaints.Kernel.Policy;
using Complaints.OmbudsmanLiaison.Api.V1;
using Complaints.OmbudsmanLiaison.Export;
using Complaints.OmbudsmanLiaison.Grpc;
using Complaints.OmbudsmanLiaison.Persistence;
using Complaints.OmbudsmanLiaison.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Complaints.OmbudsmanLiaison;

/// <summary>Registers the OmbudsmanLiaison module: handlers, tables, policy section, the case-file exporter, the gRPC service.</summary>
public static class OmbudsmanLiaisonModule
{
    public static IServiceCollection AddOmbudsmanLiaisonModule(this IServiceCollection services)
    {
        services.AddModuleParts(typeof(OmbudsmanLiaisonModule).Assembly);
        services.AddModuleDbContext<OmbudsmanLiaisonDbContext>(OmbudsmanLiaisonDbContext.MigrationsHistoryTable);
        services.AddPolicySection<OmbudsmanLiaisonPolicy>(OmbudsmanLiaisonPolicy.Section);
        services.AddSingleton<IValidateOptions<OmbudsmanLiaisonPolicy>, OmbudsmanLiaisonPolicyValidator>();
        services.AddScoped<CaseFileExporter>();
        services.AddGrpcServer().AddService<OmbudsmanLiaisonGrpcService>(OmbudsmanLiaisonReflection.Descriptor.Services[0]);
        return services;
    }
}
