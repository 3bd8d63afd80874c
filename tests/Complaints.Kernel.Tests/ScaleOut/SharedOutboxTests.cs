using Complaints.Kernel.Outbox;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Tests.Infrastructure;
using Complaints.Kernel.Tests.Pipeline.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Kernel.Tests.ScaleOut;

/// <summary>
/// Three hosts' dispatchers draining one outbox at once: every row is delivered, each consumer runs once per row
/// (no host starts a delivery another is in the middle of), and none is recorded as failed.
/// </summary>
public sealed class SharedOutboxTests
{
    private const int Entries = 40;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ThreeDispatchersOnOneOutbox_DeliverEachRowOnce(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var hosts = new List<KernelHost>();
        for (var i = 0; i < 3; i++)
            hosts.Add(await KernelHost.StartBesideAsync(database));
        for (var i = 0; i < Entries; i++)
            await hosts[i % 3].ExecuteAsync(new AddEntryCommand($"entry {i}"));

        await Task.WhenAll(hosts.Select(host => Task.Run(async () =>
        {
            while (await host.DeliverDueAsync() > 0)
            {
            }
        })));

        var rows = await hosts[0].QueryAsync<KernelDbContext, List<OutboxMessage>>(db => db.Outbox.AsNoTracking().ToListAsync());
        var entries = await hosts[0].EntriesAsync();
        Assert.Equal(Entries * 2, rows.Count); // an event and an async step per entry
        Assert.All(rows, row => Assert.Equal((true, null, null, 1), (row.DeliveredAt is not null, row.FailedAt, row.LastError, row.Attempts)));
        Assert.Equal(Entries, hosts.Sum(host => host.Journal.Count(nameof(NoteEntryAsyncPlugin))));
        Assert.Equal(Entries, entries.Count(e => e.Kind == "event"));
        Assert.Equal(Entries, entries.Count(e => e.Kind == "async"));
        foreach (var host in hosts)
            await host.DisposeAsync();
    }
}
