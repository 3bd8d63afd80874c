using System.Text.Json;
using Complaints.Kernel.Events;
using Complaints.Kernel.Outbox;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Tests.Infrastructure;
using Complaints.Kernel.Tests.Pipeline.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Kernel.Tests.Events;

/// <summary>
/// The event log on a real database: every published event appended in its publisher's transaction, and the reader
/// held at an id another transaction has taken but not yet committed (PostgreSQL, where two writers run at once).
/// </summary>
public sealed class EventLogTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Publish_AppendsTheEventToTheLog_NamedByItsEventName_WithItsCorrelationId(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider);

        await host.ExecuteAsync(new AddEntryCommand("first"), correlationId: "corr-1");
        await host.ExecuteAsync(new AddEntryCommand("second"), correlationId: "corr-2");
        var page = await ReadAfterAsync(host, 0);

        Assert.Equal(
            [("complaints.testing.v1.EntryAdded", "corr-1", "first"), ("complaints.testing.v1.EntryAdded", "corr-2", "second")],
            page.Events.Select(e => (e.EventType, e.CorrelationId, TextOf(e))));
        Assert.True(page.Events[0].Id < page.Events[1].Id);
        Assert.Equal((page.Events[1].Id, false), (page.Cursor, page.HeldAtGap));
    }

    [Fact]
    public async Task ReadAfter_WhileAnEarlierIdIsUncommitted_StopsBeforeIt_ThenTakesBothOnceItCommits()
    {
        await using var host = await KernelHost.StartAsync("PostgreSql");
        var release = new TaskCompletionSource<bool>();
        var (inserted, held) = PublishAndHold(host, release.Task);
        await inserted;

        await host.ExecuteAsync(new AddEntryCommand("committed first"));
        var whileHeld = await ReadAfterAsync(host, 0);
        release.SetResult(true);
        await held;
        var afterCommit = await ReadAfterAsync(host, 0);

        Assert.Equal((0, 0L, true), (whileHeld.Events.Count, whileHeld.Cursor, whileHeld.HeldAtGap));
        Assert.Equal(["held", "committed first"], afterCommit.Events.Select(TextOf));
        Assert.Equal(afterCommit.Events[0].Id + 1, afterCommit.Events[1].Id);
    }

    [Fact]
    public async Task ReadAfter_WhenAnEarlierIdRolledBack_PassesTheGapOnceTheSettleTimeHasRun()
    {
        var settle = TimeSpan.FromSeconds(2);
        await using var host = await KernelHost.StartAsync("PostgreSql", new Dictionary<string, string?> { ["EventLog:GapSettleTime"] = settle.ToString() });
        var release = new TaskCompletionSource<bool>();
        var (inserted, held) = PublishAndHold(host, release.Task);
        await inserted;
        await host.ExecuteAsync(new AddEntryCommand("committed"));
        release.SetResult(false);
        await Assert.ThrowsAsync<InvalidOperationException>(() => held);

        var justAfter = await ReadAfterAsync(host, 0);
        await Task.Delay(settle);
        var settled = await ReadAfterAsync(host, 0);

        Assert.Equal((0, true), (justAfter.Events.Count, justAfter.HeldAtGap));
        Assert.Equal(["complaints.testing.v1.EntryAdded"], settled.Events.Select(e => e.EventType));
        Assert.Equal((settled.Events[0].Id, false), (settled.Cursor, settled.HeldAtGap));
    }

    /// <summary>
    /// Publishes in a transaction of its own and writes the row (so the id is taken), then waits: true commits, false
    /// rolls back. The first task completes once the row is written; the second when the transaction has ended.
    /// </summary>
    private static (Task Inserted, Task Held) PublishAndHold(KernelHost host, Task<bool> release)
    {
        var inserted = new TaskCompletionSource();
        var held = Task.Run(async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<UnitOfWork>().ExecuteAsync(async () =>
            {
                scope.ServiceProvider.GetRequiredService<IEventPublisher>().Publish(new EntryAddedEvent(0, "held"));
                await scope.ServiceProvider.GetRequiredService<KernelDbContext>().SaveChangesAsync();
                inserted.SetResult();
                return await release ? 0 : throw new InvalidOperationException("rolled back on purpose");
            }, CancellationToken.None);
        });
        return (inserted.Task, held);
    }

    private static string? TextOf(LoggedEvent logged) => JsonDocument.Parse(logged.Payload).RootElement.GetProperty("text").GetString();

    private static async Task<EventLogPage> ReadAfterAsync(KernelHost host, long cursor)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EventLogReader>().ReadAfterAsync(cursor, CancellationToken.None);
    }
}
