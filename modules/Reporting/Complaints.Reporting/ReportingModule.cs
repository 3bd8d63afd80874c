using Complaints.Kernel;
using Complaints.Kernel.Policy;
using Complaints.Reporting.Annual;
using Complaints.Reporting.AnnualReports;
using Complaints.Reporting.AnnualReports.SelfAssessment;
using Complaints.Reporting.Grpc;
using Complaints.Reporting.Persistence;
using Complaints.Reporting.Persistence.Migrations.PostgreSql;
using Complaints.Reporting.Persistence.Migrations.Sqlite;
using Complaints.Reporting.Persistence.Migrations.SqlServer;
using Complaints.Reporting.Policy;
using Complaints.Reporting.ReadModels;
using Complaints.Reporting.Tsm;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Complaints.Reporting;

/// <summary>
/// Registers the Reporting module: read models that follow the event log, the Tenant Satisfaction Measures worked out
/// of them (homes per stock type from configuration section <c>Reporting</c>, counting rules from the policy profile's
/// <c>reporting</c> section), its tables and its gRPC service.
/// </summary>
public static class ReportingModule
{
    public static IHostApplicationBuilder AddReportingModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModuleParts(typeof(ReportingModule).Assembly);
        services.AddModuleDbContext<ReportingDbContext, ReportingSqliteDbContext, ReportingPostgreSqlDbContext, ReportingSqlServerDbContext>(ReportingDbContext.MigrationsHistoryTable);
        services.Configure<ReportingOptions>(builder.Configuration.GetSection(ReportingOptions.Section));
        services.AddPolicySection<ReportingPolicy>(ReportingPolicy.Section);
        services.AddSingleton<IValidateOptions<ReportingPolicy>, ReportingPolicyValidator>();
        services.AddHostedService<ReadModelProjector>();
        services.AddScoped<ReadModelRebuild>();
        services.AddScoped<TenantSatisfactionMeasuresReader>();
        services.AddScoped<AnnualFiguresReader>();
        services.AddSingleton<PolicyLabels>();
        services.AddScoped<ComplaintFigures>();
        services.AddScoped<SelfAssessmentReader>();
        services.AddScoped<AnnualReportBuilder>();
        services.AddScoped<Learning.LearningReader>();
        services.AddScoped<Hazards.HazardFiguresReader>();
        services.AddScoped<WorkQueue.WorkQueueReader>();
        return builder;
    }

    /// <summary>Serves <c>complaints.reporting.v1.ReportingService</c> and <c>WorkQueueService</c>.</summary>
    public static IEndpointRouteBuilder MapReportingModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<ReportingGrpcService>();
        endpoints.MapGrpcService<WorkQueueGrpcService>();
        return endpoints;
    }
}
