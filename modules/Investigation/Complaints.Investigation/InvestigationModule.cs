using Complaints.Investigation.Closure;
using Complaints.Investigation.Grpc;
using Complaints.Investigation.Persistence;
using Complaints.Investigation.Persistence.Migrations.Sqlite;
using Complaints.Investigation.Persistence.Migrations.PostgreSql;
using Complaints.Investigation.Persistence.Migrations.SqlServer;
using Complaints.Investigation.Policy;
using Complaints.Kernel;
using Complaints.Kernel.Events;
using Complaints.Kernel.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Complaints.Investigation;

/// <summary>Registers the Investigation module: its handlers, its tables, its policy section, its gRPC service.</summary>
public static class InvestigationModule
{
    public static IHostApplicationBuilder AddInvestigationModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModuleParts(typeof(InvestigationModule).Assembly);
        services.AddPublishedEvents(typeof(Contracts.EscalationRequestedEvent).Assembly);
        services.AddModuleDbContext<InvestigationDbContext, InvestigationSqliteDbContext, InvestigationPostgreSqlDbContext, InvestigationSqlServerDbContext>(InvestigationDbContext.MigrationsHistoryTable);
        services.AddPolicySection<InvestigationPolicy>(InvestigationPolicy.Section);
        services.AddSingleton<IValidateOptions<InvestigationPolicy>, InvestigationPolicyValidator>();
        services.AddScoped<Responses.AwardLinks>();
        services.AddScoped<Contracts.IInvestigationRecord, Read.InvestigationRecordReader>();
        services.AddScoped<Contracts.IComplaintHandlers, WorkQueue.ComplaintHandlersReader>();
        services.AddScoped<Complaints.Kernel.WorkQueue.IWorkItemSource, WorkQueue.PromisedActionWorkItems>();
        services.AddScoped<Complaints.Kernel.Privacy.IPersonalDataHolder, Privacy.InvestigationPersonalData>();
        services.AddOptions<NoReplySweepOptions>().BindConfiguration(NoReplySweepOptions.Section);
        services.AddSingleton<NoReplySweep>();
        services.AddHostedService(sp => sp.GetRequiredService<NoReplySweep>());
        return builder;
    }

    /// <summary>Serves the module's API, <c>complaints.investigation.v1.InvestigationService</c>.</summary>
    public static IEndpointRouteBuilder MapInvestigationModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<InvestigationGrpcService>();
        return endpoints;
    }
}
