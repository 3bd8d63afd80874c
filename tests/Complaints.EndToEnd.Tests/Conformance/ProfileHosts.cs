using Complaints.EndToEnd.Tests.Infrastructure;

namespace Complaints.EndToEnd.Tests.Conformance;

/// <summary>
/// One running host per policy profile, started on first use and shared by a test class's cases. Their clocks read
/// mid-2027, so every scenario date (Christmas 2026, Easter 2027) is already in the past.
/// </summary>
public sealed class ProfileHosts : IAsyncDisposable
{
    private static readonly DateTimeOffset Today = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, RunningHost> _hosts = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<RunningHost> ForAsync(string profile)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_hosts.TryGetValue(profile, out var host))
                _hosts[profile] = host = await RunningHost.StartAtAsync(Today, $"--Complaints:PolicyProfile={profile}");
            return host;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts.Values)
            await host.DisposeAsync();
        _gate.Dispose();
    }
}
