using Complaints.EndToEnd.Tests.Probe;
using Complaints.Grpc.Client;
using Complaints.Host;
using Complaints.Testing.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>The real host (ComplaintsApp) on a free loopback port, with the probe service added beside the real ones.</summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new GrpcClient(address);
    }

    public Uri Address { get; }

    /// <summary><c>host:port</c>, the form @grpc/grpc-js takes.</summary>
    public string Target => $"{Address.Host}:{Address.Port}";

    public GrpcClient Client { get; }

    public ProbeObservations Observations => _app.Services.GetRequiredService<ProbeObservations>();

    public IServiceProvider Services => _app.Services;

    public static Task<RunningHost> StartAsync(params string[] extraArgs) => StartAsync(clock: null, extraArgs);

    /// <summary>
    /// The host with its clock moved to read <paramref name="now"/> at start-up (and running on from there), so cases
    /// set in a coming Christmas or Easter can be received "in the past".
    /// </summary>
    public static Task<RunningHost> StartAtAsync(DateTimeOffset now, params string[] extraArgs) =>
        StartAsync(new ShiftedClock(now - DateTimeOffset.UtcNow), extraArgs);

    private static async Task<RunningHost> StartAsync(TimeProvider? clock, string[] extraArgs)
    {
        // Each host gets its own SQLite file unless the caller names a database.
        var database = Path.Combine(Directory.CreateTempSubdirectory("complaints-host-").FullName, "complaints.db");
        string[] args =
        [
            "--environment=Testing", "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:0",
            // The no-reply sweep closes complaints on its own; tests that want it switch it on (a later argument wins).
            "--Investigation:NoReplySweep:Enabled=false",
            $"--Database:ConnectionString=Data Source={database}", .. extraArgs,
        ];
        var app = ComplaintsApp.Build(args, (builder, grpc) =>
        {
            builder.Services.AddSingleton<ProbeObservations>();
            if (clock is not null)
                builder.Services.AddSingleton(clock);
            grpc.AddService<ProbeGrpcService>(ProbeReflection.Descriptor.Services[0]);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningHost(app, new Uri(address));
    }

    /// <summary>The host on a test database of the given provider (a fresh SQLite file or PostgreSQL database).</summary>
    public static Task<RunningHost> StartOnAsync(TestDatabase database, params string[] extraArgs) =>
        StartAsync([$"--Database:Provider={database.Provider}", $"--Database:ConnectionString={database.ConnectionString}", .. extraArgs]);

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}

/// <summary>The system clock moved by a fixed offset; timers still run in real time.</summary>
internal sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
