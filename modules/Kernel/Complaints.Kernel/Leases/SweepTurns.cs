using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Kernel.Leases;

/// <summary>
/// Whose turn it is to run a background sweep when several hosts share a database: the host that holds the sweep's
/// lease runs it and renews the lease each time; the others skip their tick. A lease lasts one interval, so when its
/// holder dies a survivor takes the sweep over within an interval or two.
/// </summary>
public static class SweepTurns
{
    public static async Task<bool> IsMineAsync(IServiceScopeFactory scopes, string sweep, TimeSpan interval, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LeaseKeeper>().TryTakeAsync($"sweep:{sweep}", interval, cancellationToken);
    }

    /// <summary>Hands the sweep over at once when this host holds it (on shutdown), rather than after its lease runs out.</summary>
    public static async Task ReleaseAsync(IServiceScopeFactory scopes, string sweep, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LeaseKeeper>().ReleaseAsync($"sweep:{sweep}", cancellationToken);
    }
}
