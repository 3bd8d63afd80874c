using System.Collections.Frozen;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline.Plugins.DropIn;
using Complaints.Plugins;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Complaints.Kernel.Pipeline.Plugins.Registration;

/// <summary>
/// The enabled steps by message and stage, as the registration table holds them, kept in memory: a message looks its
/// steps up without a round trip. A change made on this host is seen by the next message (the store marks the copy
/// stale when the change commits); a change made on another host sharing the database is seen within
/// <see cref="PluginFolderOptions.RegistrationRefresh"/>.
/// </summary>
public sealed class RegisteredSteps(IServiceScopeFactory scopes, IOptionsMonitor<PluginFolderOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _current;
    private volatile bool _stale = true;

    /// <summary>The enabled steps of <paramref name="message"/> at <paramref name="stage"/>, in execution order.</summary>
    public async ValueTask<IReadOnlyList<StepRegistration>> ForAsync(string message, PluginStage stage, CancellationToken cancellationToken)
    {
        var snapshot = await CurrentAsync(cancellationToken);
        return snapshot.Steps.TryGetValue((message, stage), out var steps) ? steps : [];
    }

    /// <summary>The step a queued asynchronous execution names, as registered now (null once unregistered).</summary>
    public async ValueTask<StepRegistration?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).ById.GetValueOrDefault(id);

    /// <summary>Called when a registration change commits on this host.</summary>
    public void Changed() => _stale = true;

    private async ValueTask<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = _current;
        if (snapshot is not null && !_stale && clock.GetUtcNow() - snapshot.LoadedAt < options.CurrentValue.RegistrationRefresh)
            return snapshot;
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } loaded && loaded != snapshot && !_stale)
                return loaded; // another message reloaded while this one waited
            _stale = false;
            return _current = await LoadAsync(cancellationToken);
        }
        catch
        {
            _stale = true;
            throw;
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var loadedAt = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var all = await scope.ServiceProvider.GetRequiredService<KernelDbContext>().PluginSteps.AsNoTracking().ToListAsync(cancellationToken);
        var steps = all.Where(s => s.Enabled)
            .GroupBy(s => (s.Message, s.Stage))
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<StepRegistration>)[.. g.OrderBy(s => s.Order).ThenBy(s => s.RegisteredAt)]);
        return new Snapshot(steps, all.ToFrozenDictionary(s => s.Id), loadedAt);
    }

    private sealed record Snapshot(
        FrozenDictionary<(string Message, PluginStage Stage), IReadOnlyList<StepRegistration>> Steps,
        FrozenDictionary<Guid, StepRegistration> ById,
        DateTimeOffset LoadedAt);
}
