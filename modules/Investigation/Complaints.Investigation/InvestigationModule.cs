using Complaints.Grpc.Server;
using Complaints.Investigation.Api.V1;
using Complaints.Investigation.Grpc;
using Complaints.Kernel;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Investigation;

/// <summary>Registers the Investigation module: its handlers and its gRPC service. (No tables of its own yet.)</summary>
public static class InvestigationModule
{
    public static IServiceCollection AddInvestigationModule(this IServiceCollection services)
    {
        services.AddModuleParts(typeof(InvestigationModule).Assembly);
        services.AddGrpcServer().AddService<InvestigationGrpcService>(InvestigationReflection.Descriptor.Services[0]);
        return services;
    }
}
