using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace ListBenchmark;

/// <summary>
/// The product's host as its own process (a built Complaints.Host.dll of any release) on the given database (SQLite or
/// PostgreSQL), on loopback, in Development so the development headers sign the benchmark in; logging at Warning,
/// sweeps and rate limits off.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, GrpcChannel channel)
    {
        _process = process;
        Channel = channel;
    }

    public GrpcChannel Channel { get; }

    public CallInvoker Calls => Channel.Intercept(metadata =>
    {
        metadata.Add("x-actor-id", "benchmark");
        metadata.Add("x-actor-roles", "hms,complaint-handler");
        return metadata;
    });

    public static async Task<HostProcess> StartAsync(string hostDll, Database database, params string[] extraArgs)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in (string[])
        [
            hostDll, "--environment=Development", $"--Database:Provider={database.Provider}", $"--Database:ConnectionString={database.ConnectionString}",
            $"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{port}", $"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{FreePort()}",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Complaints=Information", "--Logging:Console:FormatterName=simple",
            "--Investigation:NoReplySweep:Enabled=false", "--Retention:Sweep:Enabled=false",
            "--Limits:CallsPerSecondPerCaller=1000000", "--Limits:BurstPerCaller=1000000", .. extraArgs,
        ])
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        // Only what the measurement needs: the backfills' timings, and failures.
        process.OutputDataReceived += (_, e) => Echo(e.Data);
        process.ErrorDataReceived += (_, e) => Echo(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}", new GrpcChannelOptions { MaxReceiveMessageSize = null });
        var host = new HostProcess(process, channel);
        await host.WaitUntilServingAsync();
        return host;
    }

    private async Task WaitUntilServingAsync()
    {
        var client = new Complaints.Intake.Api.V1.IntakeService.IntakeServiceClient(Calls);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await client.ListComplaintsAsync(new Complaints.Intake.Api.V1.ListComplaintsRequest { PageSize = 1 });
                return;
            }
            catch (RpcException) when (deadline.Elapsed < TimeSpan.FromMinutes(30) && !_process.HasExited)
            {
                await Task.Delay(200);
            }
        }
    }

    private static void Echo(string? line)
    {
        if (line is not null && (line.Contains("worked out", StringComparison.Ordinal) || line.Contains("fail", StringComparison.OrdinalIgnoreCase)))
            Console.Error.WriteLine($"  host: {line.Trim()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
