using Complaints.Intake.Grpc;
using Complaints.Intake.Persistence;
using Complaints.Intake.Persistence.Migrations.Sqlite;
using Complaints.Intake.Persistence.Migrations.PostgreSql;
using Complaints.Intake.Persistence.Migrations.SqlServer;
using Complaints.Intake.Read;
using Complaints.Intake.Policy;
using Complaints.Kernel;
using Complaints.Kernel.Events;
using Complaints.Kernel.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Complaints.Intake;

/// <summary>Registers the Intake module: its plug-ins and handlers, its tables, its gRPC service.</summary>
public static class IntakeModule
{
    public static IHostApplicationBuilder AddIntakeModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModuleParts(typeof(IntakeModule).Assembly);
        services.AddPublishedEvents(typeof(Contracts.ComplaintLoggedEvent).Assembly);
        services.AddModuleDbContext<IntakeDbContext, IntakeSqliteDbContext, IntakePostgreSqlDbContext, IntakeSqlServerDbContext>(IntakeDbContext.MigrationsHistoryTable);
        services.AddScoped<ComplaintReader>();
        services.AddScoped<ComplaintLister>();
        services.AddScoped<Complaints.Kernel.Persistence.IStartupBackfill, LifecycleReferenceBackfill>();
        services.AddScoped<Contracts.IComplaintDirectory, ComplaintDirectory>();
        services.AddScoped<Complaints.Kernel.Pipeline.Plugins.Images.IRecordImageSource, ComplaintImageSource>();
        services.AddScoped<Complaints.Kernel.Privacy.IPersonalDataHolder, Privacy.IntakePersonalData>();
        services.AddScoped<Decide.ComplaintStore>();
        services.AddScoped<Decide.AcceptanceGate>();
        services.AddScoped<ServiceRequests.ServiceRequestReader>();
        services.AddScoped<Feedback.FeedbackStore>();
        services.AddScoped<Feedback.FeedbackReader>();
        services.AddScoped<Contracts.IFeedbackCounts, Feedback.FeedbackCounts>();
        services.AddPolicySection<IntakePolicy>(IntakePolicy.Section);
        services.AddSingleton<IValidateOptions<IntakePolicy>, IntakePolicyValidator>();
        services.AddSingleton<IValidateOptions<IntakePolicy>, FeedbackPolicyValidator>();
        return builder;
    }

    /// <summary>Serves the module's API, <c>complaints.intake.v1.IntakeService</c> and <c>FeedbackService</c>.</summary>
    public static IEndpointRouteBuilder MapIntakeModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<IntakeGrpcService>();
        endpoints.MapGrpcService<FeedbackGrpcService>();
        return endpoints;
    }
}
