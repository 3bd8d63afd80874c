using Complaints.Hazards.Clocks;
using Complaints.Hazards.Grpc;
using Complaints.Hazards.Persistence;
using Complaints.Hazards.Persistence.Migrations.PostgreSql;
using Complaints.Hazards.Persistence.Migrations.Sqlite;
using Complaints.Hazards.Persistence.Migrations.SqlServer;
using Complaints.Hazards.Policy;
using Complaints.Hazards.Read;
using Complaints.Hazards.Record;
using Complaints.Kernel;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Events;
using Complaints.Kernel.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Complaints.Hazards;

/// <summary>Registers the Hazards module (Awaab's Law): handlers, the step on messages that tell of a hazard, its table, policy section, gRPC service.</summary>
public static class HazardsModule
{
    public static IHostApplicationBuilder AddHazardsModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModuleParts(typeof(HazardsModule).Assembly);
        services.AddModuleDbContext<HazardsDbContext, HazardsSqliteDbContext, HazardsPostgreSqlDbContext, HazardsSqlServerDbContext>(HazardsDbContext.MigrationsHistoryTable);
        services.AddPublishedEvents(typeof(Contracts.HazardReportedEvent).Assembly);
        services.AddPolicySection<HazardsPolicy>(HazardsPolicy.Section);
        services.AddSingleton<IValidateOptions<HazardsPolicy>, HazardsPolicyValidator>();
        services.AddScoped(sp => new HazardClockCalculator(sp.GetRequiredService<IOptions<HazardsPolicy>>().Value, sp.GetRequiredService<WorkingDayCalendar>()));
        services.AddScoped<HazardStore>();
        services.AddScoped<HazardReader>();
        services.AddScoped<Complaints.Kernel.WorkQueue.IWorkItemSource, WorkQueue.HazardClockWorkItems>();
        services.AddScoped<Contracts.IHazardRecord, HazardRecord>();
        services.AddOptions<Sweep.MissedClockSweepOptions>().BindConfiguration(Sweep.MissedClockSweepOptions.Section);
        services.AddSingleton<Sweep.MissedClockSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<Sweep.MissedClockSweep>());
        return builder;
    }

    /// <summary>Serves the module's API, <c>complaints.hazards.v1.HazardsService</c>.</summary>
    public static IEndpointRouteBuilder MapHazardsModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<HazardsGrpcService>();
        return endpoints;
    }
}
