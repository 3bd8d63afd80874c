using Complaints.Grpc.Server;
using Complaints.Intake.Api.V1;
using Complaints.Intake.Grpc;
using Complaints.Intake.Persistence;
using Complaints.Intake.Read;
using Complaints.Intake.Policy;
using Complaints.Kernel;
using Complaints.Kernel.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Complaints.Intake;

/// <summary>Registers the Intake module: its plug-ins and handlers, its tables, its gRPC service.</summary>
public static class IntakeModule
{
    public static IServiceCollection AddIntakeModule(this IServiceCollection services)
    {
        services.AddModuleParts(typeof(IntakeModule).Assembly);
        services.AddModuleDbContext<IntakeDbContext>(IntakeDbContext.MigrationsHistoryTable);
        services.AddScoped<ComplaintReader>();
        services.AddScoped<ComplaintLister>();
        services.AddScoped<Contracts.IComplaintDirectory, ComplaintDirectory>();
        services.AddScoped<Decide.ComplaintStore>();
        services.AddScoped<Decide.AcceptanceGate>();
        services.AddScoped<ServiceRequests.ServiceRequestReader>();
        services.AddPolicySection<IntakePolicy>(IntakePolicy.Section);
        services.AddSingleton<IValidateOptions<IntakePolicy>, IntakePolicyValidator>();
        services.AddGrpcServer().AddService<IntakeGrpcService>(IntakeReflection.Descriptor.Services[0]);
        return services;
    }
}
