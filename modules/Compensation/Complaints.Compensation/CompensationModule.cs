using Complaints.Compensation.Api.V1;
using Complaints.Compensation.Awards;
using Complaints.Compensation.Calculation;
using Complaints.Compensation.Grpc;
using Complaints.Compensation.Persistence;
using Complaints.Compensation.Policy;
using Complaints.Compensation.Read;
using Complaints.Grpc.Server;
using Complaints.Kernel;
using Complaints.Kernel.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Complaints.Compensation;

/// <summary>Registers the Compensation module: its handlers, its tables, its policy section and rates, its gRPC service.</summary>
public static class CompensationModule
{
    public static IServiceCollection AddCompensationModule(this IServiceCollection services)
    {
        services.AddModuleParts(typeof(CompensationModule).Assembly);
        services.AddModuleDbContext<CompensationDbContext>(CompensationDbContext.MigrationsHistoryTable);
        services.AddPolicySection<CompensationPolicy>(CompensationPolicy.Section);
        services.AddSingleton<IValidateOptions<CompensationPolicy>, CompensationPolicyValidator>();
        services.AddOptions<RatesOptions>().BindConfiguration(RatesOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RatesOptions>, RatesOptionsValidator>();
        services.AddSingleton(sp => new AwardCalculator(sp.GetRequiredService<IOptions<RatesOptions>>().Value));
        services.AddScoped<AwardStore>();
        services.AddScoped<AwardRecorder>();
        services.AddScoped<AwardReader>();
        services.AddScoped<Contracts.ICompensationAwards, CompensationAwards>();
        services.AddGrpcServer().AddService<CompensationGrpcService>(CompensationReflection.Descriptor.Services[0]);
        return services;
    }
}
