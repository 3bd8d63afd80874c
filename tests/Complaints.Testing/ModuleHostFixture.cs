using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Complaints.Testing;

/// <summary>
/// One <see cref="ModuleTestHost"/> per database provider and policy profile, started on first use and shared by the
/// tests of a class (each works on complaints of its own). A module's test project derives one, naming its modules.
/// </summary>
public abstract class ModuleHostFixture : IAsyncLifetime
{
    /// <summary>
    /// Where every test's clock starts: Tuesday 1 June 2027, 12:00 in London, after every date the tests use (the
    /// winter of 2026–27, with its Christmas and New Year bank holidays).
    /// </summary>
    public static readonly DateTimeOffset Start = new(2027, 6, 1, 11, 0, 0, TimeSpan.Zero);

    private readonly ConcurrentDictionary<(string Provider, string Profile), Lazy<Task<ModuleTestHost>>> _hosts = new();

    /// <summary>The profile a test gets when it names none.</summary>
    public virtual string DefaultProfile => "code2024";

    /// <summary>The module under test and every module it collaborates with.</summary>
    protected abstract void AddModules(IHostApplicationBuilder builder);

    /// <summary>Configuration the modules need beyond the defaults (e.g. <see cref="HostSettings.Section"/>).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    /// <summary>The host for <paramref name="provider"/> and <paramref name="profile"/>, its clock back at <see cref="Start"/>.</summary>
    public async Task<ModuleTestHost> HostAsync(string provider, string? profile = null)
    {
        var key = (provider, profile ?? DefaultProfile);
        var host = await _hosts.GetOrAdd(key, k => new Lazy<Task<ModuleTestHost>>(
            () => ModuleTestHost.StartAsync(k.Provider, k.Profile, AddModules, Settings, Start))).Value;
        host.Clock.Set(Start);
        return host;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var host in _hosts.Values.Where(h => h.IsValueCreated))
        {
            try
            {
                await (await host.Value).DisposeAsync();
            }
            catch (Exception) when (!host.Value.IsCompletedSuccessfully)
            {
                // It never started; the test that asked for it has already failed with the reason.
            }
        }
    }
}
