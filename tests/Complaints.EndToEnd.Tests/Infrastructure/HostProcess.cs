using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Grpc.Net.Client;
using IntakeApi = Complaints.Intake.Api.V1;
using SystemV1 = Complaints.SystemApi.V1;

namespace Complaints.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real host as its own operating-system process (the Complaints.Host build beside the tests), on free loopback
/// ports, so a test can kill it outright (SIGKILL) as a crash would, with no chance to finish anything.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = new DefaultCallerHandler(new SocketsHttpHandler()) });
    }

    public Uri Address { get; }

    public GrpcChannel Channel { get; }

    public int ProcessId => _process.Id;

    public bool Killed { get; private set; }

    public IntakeApi.IntakeService.IntakeServiceClient Intake => new(Channel);

    /// <summary>What the process has printed (its console log), for a failing test's message.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static async Task<HostProcess> StartAsync(params string[] args)
    {
        var (grpcPort, httpPort) = (FreePort(), FreePort());
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Complaints.Host.dll"));
        foreach (var argument in (string[])
                 [
                     "--environment=Testing", $"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{grpcPort}",
                     $"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{httpPort}", .. TestIdentityProvider.HostArgs, .. args,
                 ])
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host process.");
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{grpcPort}"));
        process.OutputDataReceived += (_, line) => host.Append(line.Data);
        process.ErrorDataReceived += (_, line) => host.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilAnsweringAsync();
        return host;
    }

    /// <summary>SIGKILL: the process ends mid-call, its transactions and unsent work with it.</summary>
    public void Kill()
    {
        Killed = true;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
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

    private async Task WaitUntilAnsweringAsync()
    {
        var system = new SystemV1.SystemService.SystemServiceClient(Channel);
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The host process exited with {_process.ExitCode}:\n{Output}");
            try
            {
                await system.GetInfoAsync(new SystemV1.GetInfoRequest(), deadline: DateTime.UtcNow.AddSeconds(2));
                return;
            }
            catch (Grpc.Core.RpcException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(200);
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
