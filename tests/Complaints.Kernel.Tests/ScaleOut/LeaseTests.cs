using Complaints.Kernel.Leases;
using Complaints.Kernel.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Kernel.Tests.ScaleOut;

/// <summary>Hosts sharing one database: one holds a lease at a time, renews it, and loses it to another when it lapses.</summary>
public sealed class LeaseTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OneHostHoldsALease_UntilItLapses_ThenAnotherTakesIt(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = await KernelHost.StartBesideAsync(database);
        await using var second = await KernelHost.StartBesideAsync(database);
        var lease = TimeSpan.FromMilliseconds(500);

        var firstTakes = await TakeAsync(first, lease);
        var secondWhileHeld = await TakeAsync(second, lease);
        var firstRenews = await TakeAsync(first, lease);
        await Task.Delay(lease + TimeSpan.FromMilliseconds(200));
        var secondAfterLapse = await TakeAsync(second, lease);
        var firstNow = await TakeAsync(first, lease);

        Assert.Equal((true, false, true, true, false), (firstTakes, secondWhileHeld, firstRenews, secondAfterLapse, firstNow));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task HostsRacingForANewLease_OnlyOneGetsIt(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var hosts = new List<KernelHost>();
        for (var i = 0; i < 4; i++)
            hosts.Add(await KernelHost.StartBesideAsync(database));

        var taken = await Task.WhenAll(hosts.Select(host => Task.Run(() => TakeAsync(host, TimeSpan.FromMinutes(1)))));

        Assert.Equal(1, taken.Count(t => t));
        foreach (var host in hosts)
            await host.DisposeAsync();
    }

    private static async Task<bool> TakeAsync(KernelHost host, TimeSpan duration)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LeaseKeeper>().TryTakeAsync("sweep:test", duration, CancellationToken.None);
    }
}
