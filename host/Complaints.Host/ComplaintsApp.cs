using Complaints.Grpc.Health;
using Complaints.Grpc.Reflection;
using Complaints.Grpc.Server;
using Complaints.Host.Api;
using Complaints.Host.Info;
using Complaints.Intake;
using Complaints.Compensation;
using Complaints.Investigation;
using Complaints.OmbudsmanLiaison;
using Complaints.VexatiousBehaviour;
using Complaints.Kernel;
using Complaints.Kernel.Calendar;
using Complaints.Kernel.Policy;
using Complaints.Lifecycle;
using Complaints.SystemApi.V1;

namespace Complaints.Host;

/// <summary>
/// Builds the server: Kestrel for gRPC over HTTP/2, configuration, logging, and every module by name.
/// Program.cs runs it; end-to-end tests build the same app on a loopback port.
/// </summary>
public static class ComplaintsApp
{
    /// <param name="args">Command-line arguments (configuration overrides such as <c>--Kestrel:Endpoints:Grpc:Url=…</c>).</param>
    /// <param name="extend">Extra gRPC services; used by tests to add probes beside the real ones.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder, GrpcServerBuilder>? extend = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ServerStartTime>();

        var grpc = builder.Services
            .AddGrpcServer(options => builder.Configuration.GetSection("Grpc").Bind(options))
            .AddHealth()
            .AddReflection()
            .AddService<SystemGrpcService>(SystemReflection.Descriptor.Services[0]);
        builder.Services.AddSingleton<IGrpcExceptionMapper, KernelErrorMapper>();
        builder.Services.AddScoped<IServerCallInterceptor, CallerInterceptor>();

        builder.Services.AddKernel(builder.Configuration);
        builder.Services.AddPolicyProfile(builder.Configuration);
        builder.Services.AddWorkingDayCalendar(builder.Configuration);
        builder.Services.AddHostedService<DatabaseMigrationService>();

        // The modules, by name.
        builder.Services.AddLifecycleModule();
        builder.Services.AddIntakeModule();
        builder.Services.AddInvestigationModule();
        builder.Services.AddCompensationModule();
        builder.Services.AddVexatiousBehaviourModule();
        builder.Services.AddOmbudsmanLiaisonModule();

        extend?.Invoke(builder, grpc);

        var app = builder.Build();
        app.Services.GetRequiredService<ServerStartTime>();
        app.MapGrpcServices();
        return app;
    }
}
