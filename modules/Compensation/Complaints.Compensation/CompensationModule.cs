using Complaints.Compensation.Awards;
using Complaints.Compensation.Calculation;
using Complaints.Compensation.Grpc;
using Complaints.Compensation.Persistence;
using Complaints.Compensation.Persistence.Migrations.Sqlite;
using Complaints.Compensation.Persistence.Migrations.PostgreSql;
using Complaints.Compensation.Persistence.Migrations.SqlServer;
using Complaints.Compensation.Policy;
using Complaints.Compensation.Read;
using Complaints.Kernel;
using Complaints.Kernel.Events;
using Complaints.Kernel.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Complaints.Compensation;

/// <summary>Registers the Compensation module: its handlers, its tables, its policy section and rates, its gRPC service.</summary>
public static class CompensationModule
{
    public static IHostApplicationBuilder AddCompensationModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModuleParts(typeof(CompensationModule).Assembly);
        services.AddPublishedEvents(typeof(Contracts.AwardApprovedEvent).Assembly);
        services.AddModuleDbContext<CompensationDbContext, CompensationSqliteDbContext, CompensationPostgreSqlDbContext, CompensationSqlServerDbContext>(CompensationDbContext.MigrationsHistoryTable);
        services.AddPolicySection<CompensationPolicy>(CompensationPolicy.Section);
        services.AddSingleton<IValidateOptions<CompensationPolicy>, CompensationPolicyValidator>();
        services.AddOptions<RatesOptions>().BindConfiguration(RatesOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RatesOptions>, RatesOptionsValidator>();
        services.AddSingleton(sp => new AwardCalculator(
            sp.GetRequiredService<IOptions<RatesOptions>>().Value, sp.GetRequiredService<IOptions<CompensationPolicy>>().Value.MaximumAwardPence));
        services.AddScoped<AwardStore>();
        services.AddScoped<AwardRecorder>();
        services.AddScoped<AwardReader>();
        services.AddScoped<Contracts.ICompensationAwards, CompensationAwards>();
        services.AddScoped<Complaints.Kernel.WorkQueue.IWorkItemSource, WorkQueue.UnpaidAwardWorkItems>();
        services.AddScoped<Complaints.Kernel.Pipeline.Plugins.Images.IRecordImageSource, Read.AwardImageSource>();
        services.AddScoped<Complaints.Kernel.Privacy.IPersonalDataHolder, Privacy.CompensationPersonalData>();
        return builder;
    }

    /// <summary>Serves the module's API, <c>complaints.compensation.v1.CompensationService</c>.</summary>
    public static IEndpointRouteBuilder MapCompensationModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<CompensationGrpcService>();
        return endpoints;
    }
}
