using Complaints.Compensation;
using Complaints.Hazards;
using Complaints.Host.Api;
using Complaints.Host.Api.Rules;
using Complaints.Host.Events;
using Complaints.Host.Health;
using Complaints.Host.Info;
using Complaints.Host.Privacy;
using Complaints.Host.Security;
using Complaints.Host.Telemetry;
using Complaints.HousingSystem;
using Complaints.Intake;
using Complaints.Investigation;
using Complaints.Kernel;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Health;
using Complaints.Kernel.Policy;
using Complaints.Lifecycle;
using Complaints.OmbudsmanLiaison;
using Complaints.Reporting;
using Complaints.VexatiousBehaviour;
using Complaints.Workspace;

namespace Complaints.Host;

/// <summary>
/// Builds the server, and shows its whole API surface in one place: the gRPC stack (interceptors, reflection,
/// health, JSON transcoding, gRPC-Web, OpenAPI), then every module registered and mapped by name.
/// Program.cs runs it; end-to-end tests build the same app on loopback ports.
/// </summary>
public static class ComplaintsApp
{
    /// <param name="args">Command-line arguments (configuration overrides such as <c>--Kestrel:Endpoints:Grpc:Url=…</c>).</param>
    /// <param name="configure">Extra registrations; tests add probes and clocks here.</param>
    /// <param name="map">Extra endpoints; tests map probe services here.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ServerStartTime>();

        builder.Services
            .AddGrpc(options =>
            {
                builder.Configuration.GetSection("Grpc").Bind(options);
                options.Interceptors.Add<CallerInterceptor>();
                options.Interceptors.Add<KernelErrorInterceptor>();
            })
            // Error details travel in JSON too: the registry lets the transcoder write them (BadRequest, ErrorInfo, …).
            .AddJsonTranscoding(options => options.TypeRegistry = Google.Protobuf.Reflection.TypeRegistry.FromFiles(Google.Rpc.ErrorDetailsReflection.Descriptor));
        builder.Services.AddGrpcReflection();
        // The checks that query the database run once for all concurrent Check calls (see SharedRunHealthCheck), as
        // part of one server check (see ServerHealthCheck); singletons, so the run in progress is shared.
        builder.Services.AddSingleton<SharedRunHealthCheck<DatabaseHealthCheck>>();
        builder.Services.AddSingleton<SharedRunHealthCheck<OutboxBacklogHealthCheck>>();
        builder.Services.AddSingleton<ShutdownHealthCheck>();
        builder.Services.AddGrpcHealthChecks().AddCheck<ServerHealthCheck>("server");
        builder.Services.AddGrpcSwagger();
        builder.Services.AddSwaggerGen(ApiDocument.Describe);
        builder.Services.AddResponseCompression(options => options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>());
        builder.Services.AddCors();
        builder.Services.Configure<RequestLimits>(builder.Configuration.GetSection("Limits"));
        builder.AddCallerAuthentication();
        builder.RequireTlsOffLoopback();
        builder.Services.AddSingleton<CallerRateLimits>();
        builder.Services.AddSingleton<CallAudit>();
        builder.Services.AddScoped<SubjectAccessPack>();
        builder.Services.Configure<RetentionSweepOptions>(builder.Configuration.GetSection(RetentionSweepOptions.Section));
        builder.Services.AddSingleton<RetentionSweep>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RetentionSweep>());
        builder.Services.AddSingleton<PermissionTable>();
        builder.Services.Configure<EventStreamOptions>(builder.Configuration.GetSection(EventStreamOptions.Section));
        builder.Services.AddScoped<EventStream>();
        builder.AddComplaintsTelemetry();

        builder.Services.AddKernel(builder.Configuration);
        builder.Services.AddPolicyProfile(builder.Configuration);
        builder.Services.AddWorkingDayCalendar(builder.Configuration);
        builder.Services.AddHostedService<DatabaseMigrationService>();

        builder.AddLifecycleModule();
        builder.AddIntakeModule();
        builder.AddInvestigationModule();
        builder.AddCompensationModule();
        builder.AddVexatiousBehaviourModule();
        builder.AddOmbudsmanLiaisonModule();
        builder.AddHousingSystemModule();
        builder.AddReportingModule();
        builder.AddHazardsModule();
        builder.AddWorkspace();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Services.GetRequiredService<ServerStartTime>();
        app.UseMiddleware<CorrelationScope>();
        app.UseComplaintsMetricsScrape();
        app.UseMiddleware<RequestBodyDeadline>();
        app.WarnWhenDevelopmentSignInIsOn();
        // Native gRPC calls (HTTP/2, application/grpc) need none of what browsers and JSON clients do; sparing them this
        // branch is a large part of a small call's cost (tests/benchmarks/grpc-vs-minimal.sh).
        app.UseWhen(context => !NativeGrpc.Is(context.Request), web =>
        {
            web.UseResponseCompression();
            web.UseCors(BrowserOrigins.Policy(app.Configuration));
            web.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });
            web.UseSwagger();
        });

        app.MapGrpcService<SystemGrpcService>();
        app.MapGrpcService<AccessGrpcService>();
        app.MapGrpcService<AuditGrpcService>();
        app.MapGrpcService<PrivacyGrpcService>();
        app.MapGrpcService<Plugins.PluginRegistrationGrpcService>();
        app.MapGrpcService<EventsGrpcService>();
        app.MapGrpcReflectionService();
        app.MapGrpcHealthChecksService();
        app.MapLifecycleModule();
        app.MapIntakeModule();
        app.MapInvestigationModule();
        app.MapCompensationModule();
        app.MapVexatiousBehaviourModule();
        app.MapOmbudsmanLiaisonModule();
        app.MapHousingSystemModule();
        app.MapReportingModule();
        app.MapHazardsModule();
        app.MapWorkspace();
        map?.Invoke(app);
        app.ReportHealthForEveryMappedService();
        app.CompileRequestRulesOfEveryMappedService();
        // Loaded now, so an RPC without a permission or a role granting an unknown one stops the server here.
        app.Services.GetRequiredService<PermissionTable>().Load(((IEndpointRouteBuilder)app).DataSources, app.Configuration);
        return app;
    }
}
