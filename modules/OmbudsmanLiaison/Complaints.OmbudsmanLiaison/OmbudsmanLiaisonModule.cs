using Complaints.Kernel;
using Complaints.Kernel.Events;
using Complaints.Kernel.Policy;
using Complaints.OmbudsmanLiaison.Export;
using Complaints.OmbudsmanLiaison.Grpc;
using Complaints.OmbudsmanLiaison.Persistence;
using Complaints.OmbudsmanLiaison.Persistence.Migrations.Sqlite;
using Complaints.OmbudsmanLiaison.Persistence.Migrations.PostgreSql;
using Complaints.OmbudsmanLiaison.Persistence.Migrations.SqlServer;
using Complaints.OmbudsmanLiaison.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Complaints.OmbudsmanLiaison;

/// <summary>Registers the OmbudsmanLiaison module: handlers, tables, policy section, the case-file exporter, the gRPC service.</summary>
public static class OmbudsmanLiaisonModule
{
    public static IHostApplicationBuilder AddOmbudsmanLiaisonModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModuleParts(typeof(OmbudsmanLiaisonModule).Assembly);
        services.AddPublishedEvents(typeof(Contracts.OrderCompliedEvent).Assembly);
        services.AddModuleDbContext<OmbudsmanLiaisonDbContext, OmbudsmanLiaisonSqliteDbContext, OmbudsmanLiaisonPostgreSqlDbContext, OmbudsmanLiaisonSqlServerDbContext>(OmbudsmanLiaisonDbContext.MigrationsHistoryTable);
        services.AddPolicySection<OmbudsmanLiaisonPolicy>(OmbudsmanLiaisonPolicy.Section);
        services.AddSingleton<IValidateOptions<OmbudsmanLiaisonPolicy>, OmbudsmanLiaisonPolicyValidator>();
        services.AddScoped<CaseFileExporter>();
        services.AddScoped<Complaints.Kernel.WorkQueue.IWorkItemSource, WorkQueue.OmbudsmanWorkItems>();
        services.AddScoped<Contracts.IOmbudsmanRecord, Referrals.OmbudsmanRecordReader>();
        services.AddScoped<Complaints.Kernel.Privacy.IPersonalDataHolder, Privacy.OmbudsmanPersonalData>();
        return builder;
    }

    /// <summary>Serves the module's API, <c>complaints.ombudsman_liaison.v1.OmbudsmanLiaisonService</c>.</summary>
    public static IEndpointRouteBuilder MapOmbudsmanLiaisonModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<OmbudsmanLiaisonGrpcService>();
        return endpoints;
    }
}
