using Complaints.Kernel;
using Complaints.Kernel.Events;
using Complaints.Kernel.Policy;
using Complaints.VexatiousBehaviour.Cases;
using Complaints.VexatiousBehaviour.Contact;
using Complaints.VexatiousBehaviour.Grpc;
using Complaints.VexatiousBehaviour.Persistence;
using Complaints.VexatiousBehaviour.Persistence.Migrations.Sqlite;
using Complaints.VexatiousBehaviour.Persistence.Migrations.PostgreSql;
using Complaints.VexatiousBehaviour.Persistence.Migrations.SqlServer;
using Complaints.VexatiousBehaviour.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Complaints.VexatiousBehaviour;

/// <summary>Registers the VexatiousBehaviour module: handlers, the contact-restriction step, tables, policy section, gRPC service.</summary>
public static class VexatiousBehaviourModule
{
    public static IHostApplicationBuilder AddVexatiousBehaviourModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModuleParts(typeof(VexatiousBehaviourModule).Assembly);
        services.AddPublishedEvents(typeof(Contracts.RestrictionDecidedEvent).Assembly);
        services.AddModuleDbContext<VexatiousBehaviourDbContext, VexatiousBehaviourSqliteDbContext, VexatiousBehaviourPostgreSqlDbContext, VexatiousBehaviourSqlServerDbContext>(VexatiousBehaviourDbContext.MigrationsHistoryTable);
        services.AddPolicySection<VexatiousBehaviourPolicy>(VexatiousBehaviourPolicy.Section);
        services.AddSingleton<IValidateOptions<VexatiousBehaviourPolicy>, VexatiousBehaviourPolicyValidator>();
        services.AddScoped<ConductStore>();
        services.AddScoped<RestrictionsInForce>();
        services.AddScoped<Read.ConductCaseList>();
        services.AddScoped<Contracts.IConductRecord, Read.ConductRecord>();
        services.AddScoped<Complaints.Kernel.WorkQueue.IWorkItemSource, WorkQueue.RestrictionReviewWorkItems>();
        services.AddScoped<Complaints.Kernel.Privacy.IPersonalDataHolder, Privacy.ConductPersonalData>();
        return builder;
    }

    /// <summary>Serves the module's API, <c>complaints.vexatious_behaviour.v1.VexatiousBehaviourService</c>.</summary>
    public static IEndpointRouteBuilder MapVexatiousBehaviourModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<VexatiousBehaviourGrpcService>();
        return endpoints;
    }
}
