using Microsoft.Extensions.Logging;
using Complaints.EndToEnd.Tests.Probe;
using Complaints.Host;
using Complaints.Testing.V1;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using CompensationApi = Complaints.Compensation.Api.V1;
using HousingApi = Complaints.HousingSystem.Api.V1;
using IntakeApi = Complaints.Intake.Api.V1;
using InvestigationApi = Complaints.Investigation.Api.V1;
using LifecycleApi = Complaints.Lifecycle.Api.V1;
using OmbudsmanApi = Complaints.OmbudsmanLiaison.Api.V1;
using SystemV1 = Complaints.SystemApi.V1;
using VexatiousApi = Complaints.VexatiousBehaviour.Api.V1;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real host (ComplaintsApp) on free loopback ports — gRPC (HTTP/2) and HTTP (JSON, gRPC-Web) — with the probe
/// service mapped beside the real ones, and a Grpc.Net.Client generated client for every service.
/// </summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningHost(WebApplication app, Uri address, Uri httpAddress, CapturedLogs logs)
    {
        _app = app;
        Logs = logs;
        Address = address;
        HttpAddress = httpAddress;
        Channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = new DefaultCallerHandler(Handler(address)), MaxReceiveMessageSize = null });
    }

    /// <summary>The gRPC endpoint (HTTP/2; https when a certificate is configured).</summary>
    public Uri Address { get; }

    /// <summary>The HTTP/1.1 + HTTP/2 endpoint for JSON, gRPC-Web and OpenAPI.</summary>
    public Uri HttpAddress { get; }

    /// <summary><c>host:port</c>, the form @grpc/grpc-js takes.</summary>
    public string Target => $"{Address.Host}:{Address.Port}";

    public GrpcChannel Channel { get; }

    /// <summary>What the host has logged since it was built.</summary>
    public CapturedLogs Logs { get; }

    public IntakeApi.IntakeService.IntakeServiceClient Intake => new(Channel);

    public IntakeApi.FeedbackService.FeedbackServiceClient Feedback => new(Channel);

    public LifecycleApi.LifecycleService.LifecycleServiceClient Lifecycle => new(Channel);

    public InvestigationApi.InvestigationService.InvestigationServiceClient Investigation => new(Channel);

    public CompensationApi.CompensationService.CompensationServiceClient Compensation => new(Channel);

    public VexatiousApi.VexatiousBehaviourService.VexatiousBehaviourServiceClient Conduct => new(Channel);

    public OmbudsmanApi.OmbudsmanLiaisonService.OmbudsmanLiaisonServiceClient Ombudsman => new(Channel);

    public SystemV1.SystemService.SystemServiceClient System => new(Channel);

    public HousingApi.HousingSystemService.HousingSystemServiceClient HousingSystem => new(Channel);

    public Complaints.Reporting.Api.V1.ReportingService.ReportingServiceClient Reporting => new(Channel);

    public Complaints.Reporting.Api.V1.WorkQueueService.WorkQueueServiceClient WorkQueue => new(Channel);
    public Complaints.Hazards.Api.V1.HazardsService.HazardsServiceClient Hazards => new(Channel);

    public Complaints.AccessApi.V1.AccessService.AccessServiceClient Access => new(Channel);

    public Complaints.AccessApi.V1.AuditService.AuditServiceClient Audit => new(Channel);

    public Complaints.AccessApi.V1.PrivacyService.PrivacyServiceClient Privacy => new(Channel);

    public Complaints.PluginsApi.V1.PluginRegistrationService.PluginRegistrationServiceClient Plugins => new(Channel);
    public Complaints.EventsApi.V1.EventService.EventServiceClient Events => new(Channel);

    public Health.HealthClient Health => new(Channel);

    public ProbeService.ProbeServiceClient Probe => new(Channel);

    public ProbeObservations Observations => _app.Services.GetRequiredService<ProbeObservations>();

    public IServiceProvider Services => _app.Services;

    public static Task<RunningHost> StartAsync(params string[] extraArgs) => StartAsync(clock: null, extraArgs);

    /// <summary>The host with extra registrations of the test's own (an in-memory trace exporter, say).</summary>
    public static Task<RunningHost> StartWithAsync(Action<WebApplicationBuilder> configure, params string[] extraArgs) =>
        StartAsync(clock: null, extraArgs, configure);

    /// <summary>
    /// The host with its clock moved to read <paramref name="now"/> at start-up (and running on from there), so cases
    /// set in a coming Christmas or Easter can be received "in the past".
    /// </summary>
    public static Task<RunningHost> StartAtAsync(DateTimeOffset now, params string[] extraArgs) =>
        StartAsync(new ShiftedClock(now - DateTimeOffset.UtcNow), extraArgs);

    private static async Task<RunningHost> StartAsync(TimeProvider? clock, string[] extraArgs, Action<WebApplicationBuilder>? configure = null)
    {
        // Each host gets its own SQLite file unless the caller names a database.
        var database = Path.Combine(Directory.CreateTempSubdirectory("complaints-host-").FullName, "complaints.db");
        string[] args =
        [
            "--environment=Testing", "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:0", "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:0",
            // The no-reply sweep closes complaints on its own; tests that want it switch it on (a later argument wins).
            "--Investigation:NoReplySweep:Enabled=false", "--Retention:Sweep:Enabled=false",
            $"--Database:ConnectionString=Data Source={database}", .. TestIdentityProvider.HostWithProbesArgs, .. extraArgs,
        ];
        var logs = new CapturedLogs();
        var app = ComplaintsApp.Build(args,
            builder =>
            {
                builder.Logging.AddProvider(logs);
                builder.Services.AddSingleton<ProbeObservations>();
                if (clock is not null)
                    builder.Services.AddSingleton(clock);
                configure?.Invoke(builder);
            },
            endpoints => endpoints.MapGrpcService<ProbeGrpcService>());
        await app.StartAsync();
        // Kestrel lists the endpoints in configuration order: Grpc, then Http.
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a)).ToList();
        return new RunningHost(app, addresses[0], addresses[1], logs);
    }

    /// <summary>The host on a test database of the given provider (a fresh SQLite file or PostgreSQL database).</summary>
    public static Task<RunningHost> StartOnAsync(TestDatabase database, params string[] extraArgs) =>
        StartAsync([$"--Database:Provider={database.Provider}", $"--Database:ConnectionString={database.ConnectionString}", .. extraArgs]);

    /// <summary>The host on a test database with its clock moved to read <paramref name="now"/> at start-up (see <see cref="StartAtAsync"/>).</summary>
    public static Task<RunningHost> StartOnAtAsync(TestDatabase database, DateTimeOffset now, params string[] extraArgs) =>
        StartAsync(new ShiftedClock(now - DateTimeOffset.UtcNow), [$"--Database:Provider={database.Provider}", $"--Database:ConnectionString={database.ConnectionString}", .. extraArgs]);

    /// <summary>An HTTP/1.1 client for the JSON endpoint, calling as the tests' default caller unless a request says otherwise.</summary>
    public HttpClient Http(HttpMessageHandler? handler = null) =>
        new(new DefaultCallerHandler(handler ?? new SocketsHttpHandler())) { BaseAddress = HttpAddress, DefaultRequestVersion = global::System.Net.HttpVersion.Version11 };

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>Trusts the test's own self-signed certificate on an https endpoint; plain h2c otherwise.</summary>
    private static SocketsHttpHandler Handler(Uri address)
    {
        var handler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true };
        if (address.Scheme == Uri.UriSchemeHttps)
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        return handler;
    }
}

/// <summary>The system clock moved by a fixed offset; timers still run in real time.</summary>
internal sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
