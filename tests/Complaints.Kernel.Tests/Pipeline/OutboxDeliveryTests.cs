using Complaints.Kernel.Outbox;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Tests.Infrastructure;
using Complaints.Kernel.Tests.Pipeline.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Kernel.Tests.Pipeline;

public sealed class OutboxDeliveryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AsyncStep_WhenItFailsTwiceThenSucceeds_IsDeliveredExactlyOnce(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider);
        var entry = await host.ExecuteAsync(new AddEntryCommand("flaky downstream"));

        for (var round = 0; round < 5; round++)
            await host.DeliverDueAsync();

        var notes = (await host.EntriesAsync()).Where(e => e.Kind == "async").ToList();
        Assert.Equal(entry.Reference, Assert.Single(notes).Reference);
        Assert.Equal(3, host.Journal.Count(nameof(NoteEntryAsyncPlugin)));
        var row = await host.OutboxRowAsync(nameof(NoteEntryAsyncPlugin));
        Assert.Equal(3, row.Attempts);
        Assert.NotNull(row.DeliveredAt);
        Assert.Contains("Simulated outage", row.LastError);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Event_WhenRedelivered_IsHandledOnceThanksToTheInbox(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider);
        var entry = await host.ExecuteAsync(new AddEntryCommand("announce me"));
        await host.DeliverDueAsync();

        await host.MarkUndeliveredAsync(nameof(EntryAddedSubscriber)); // as if the dispatcher crashed before its mark
        await host.DeliverDueAsync();

        var events = (await host.EntriesAsync()).Where(e => e.Kind == "event").ToList();
        Assert.Equal($"event-of-{entry.Id}", Assert.Single(events).Reference);
        Assert.NotNull((await host.OutboxRowAsync(nameof(EntryAddedSubscriber))).DeliveredAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AsyncStep_WhenAttemptsRunOut_IsMarkedFailedAndLeftForAnOperator(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider, new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "2" });
        await host.ExecuteAsync(new AddEntryCommand("flaky and out of luck"));

        for (var round = 0; round < 4; round++)
            await host.DeliverDueAsync();

        var row = await host.OutboxRowAsync(nameof(NoteEntryAsyncPlugin));
        Assert.Equal(2, row.Attempts);
        Assert.NotNull(row.FailedAt);
        Assert.Null(row.DeliveredAt);
        Assert.DoesNotContain(await host.EntriesAsync(), e => e.Kind == "async");
    }
}

internal static class OutboxQueries
{
    public static Task<int> OutboxCountAsync(this KernelHost host) =>
        host.QueryAsync<KernelDbContext, int>(db => db.Outbox.CountAsync());

    public static Task<OutboxMessage> OutboxRowAsync(this KernelHost host, string consumer) =>
        host.QueryAsync<KernelDbContext, OutboxMessage>(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Consumer == consumer));

    public static Task MarkUndeliveredAsync(this KernelHost host, string consumer) =>
        host.QueryAsync<KernelDbContext, int>(db =>
            db.Outbox.Where(m => m.Consumer == consumer).ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, (DateTimeOffset?)null)));
}
