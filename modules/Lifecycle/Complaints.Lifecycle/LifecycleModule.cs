using Complaints.Kernel;
using Complaints.Kernel.Events;
using Complaints.Kernel.Policy;
using Complaints.Lifecycle.Contracts;
using Complaints.Lifecycle.Grpc;
using Complaints.Lifecycle.Persistence;
using Complaints.Lifecycle.Persistence.Migrations.Sqlite;
using Complaints.Lifecycle.Persistence.Migrations.PostgreSql;
using Complaints.Lifecycle.Persistence.Migrations.SqlServer;
using Complaints.Lifecycle.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Complaints.Lifecycle;

/// <summary>Registers the Lifecycle module: the ILifecycle and ILifecycleList facades, its policy section, its tables and their start-up backfill, its gRPC service.</summary>
public static class LifecycleModule
{
    public static IHostApplicationBuilder AddLifecycleModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModuleParts(typeof(LifecycleModule).Assembly);
        services.AddModuleDbContext<LifecycleDbContext, LifecycleSqliteDbContext, LifecyclePostgreSqlDbContext, LifecycleSqlServerDbContext>(LifecycleDbContext.MigrationsHistoryTable);
        services.AddScoped<ILifecycle, LifecycleService>();
        services.AddPublishedEvents(typeof(ComplaintStageChangedEvent).Assembly);
        services.AddScoped<ILifecycleList, Lists.LifecycleList>();
        services.AddScoped<Kernel.WorkQueue.IWorkItemSource, WorkQueue.LifecycleWorkItems>();
        services.AddSingleton<Clocks.ClockBasis>();
        services.AddScoped<Kernel.Persistence.IStartupBackfill, Lists.ClockThresholdsBackfill>();
        services.AddPolicySection<LifecyclePolicy>(LifecyclePolicy.Section);
        services.AddSingleton<IValidateOptions<LifecyclePolicy>, LifecyclePolicyValidator>();
        services.AddOptions<Clocks.OverdueCountOptions>().BindConfiguration(Clocks.OverdueCountOptions.Section);
        services.AddSingleton<Clocks.OverdueCount>();
        services.AddHostedService(sp => sp.GetRequiredService<Clocks.OverdueCount>());
        return builder;
    }

    /// <summary>Serves the module's API, <c>complaints.lifecycle.v1.LifecycleService</c>.</summary>
    public static IEndpointRouteBuilder MapLifecycleModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<LifecycleGrpcService>();
        return endpoints;
    }
}
