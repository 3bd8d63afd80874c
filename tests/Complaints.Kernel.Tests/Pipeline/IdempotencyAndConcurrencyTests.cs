using Complaints.Kernel.Errors;
using Complaints.Kernel.Tests.Infrastructure;
using Complaints.Kernel.Tests.Pipeline.Ledger;

namespace Complaints.Kernel.Tests.Pipeline;

public sealed class IdempotencyAndConcurrencyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_WhenReplayedWithTheSameKeyAndBody_ReturnsTheFirstResultAndStoresOnce(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider);

        var first = await host.ExecuteAsync(new AddEntryCommand("once only", IdempotencyKey: "key-1"));
        var replay = await host.ExecuteAsync(new AddEntryCommand("once only", IdempotencyKey: "key-1"));

        Assert.Equal(first, replay);
        Assert.Single(await host.EntriesAsync(), e => e.Kind == "entry");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_WhenTheKeyIsReusedForADifferentBody_IsAlreadyExists(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider);
        await host.ExecuteAsync(new AddEntryCommand("first body", IdempotencyKey: "key-2"));

        var error = await Assert.ThrowsAsync<AlreadyExistsException>(() =>
            host.ExecuteAsync(new AddEntryCommand("second body", IdempotencyKey: "key-2")));

        Assert.Contains("key-2", error.Message);
        Assert.Single(await host.EntriesAsync(), e => e.Kind == "entry");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_WhenTwoCallsRaceWithOneKey_BothGetTheSameResult(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider);

        // Task.Run so the calls really overlap: each looks for the key before any of them has committed.
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => host.ExecuteAsync(new AddEntryCommand("raced", IdempotencyKey: "key-race")))));

        Assert.Single(results.Distinct());
        Assert.Single(await host.EntriesAsync(), e => e.Kind == "entry");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sequence_WhenCallsRaceForACounterNotYetCreated_EachGetsTheNextNumberOnce(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider);

        // The first calls race to create the "ledger" counter: the losers roll back to a savepoint and take the next number.
        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            Task.Run(() => host.ExecuteAsync(new AddEntryCommand($"raced {i}")))));

        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"LED-{n:D4}"), results.Select(r => r.Reference).Order());
        Assert.Equal(12, (await host.EntriesAsync()).Count(e => e.Kind == "entry"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Update_WhenTheVersionIsStale_IsAConcurrencyConflict(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider);
        var entry = await host.ExecuteAsync(new AddEntryCommand("original"));

        var version = await host.ExecuteAsync(new RenameEntryCommand(entry.Id, ExpectedVersion: 0, "renamed"));
        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            host.ExecuteAsync(new RenameEntryCommand(entry.Id, ExpectedVersion: 0, "lost update")));

        Assert.Equal(1, version);
        Assert.Equal("LedgerEntry", error.Entity);
        Assert.Equal("renamed", (await host.EntriesAsync()).Single(e => e.Id == entry.Id).Text);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindForUpdate_WhenCallsRaceOnOneRow_TheyRunOneAfterAnotherAndNoneIsLost(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider);
        var entry = await host.ExecuteAsync(new AddEntryCommand("start:"));

        var versions = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            Task.Run(() => host.ExecuteAsync(new AppendToEntryCommand(entry.Id, "x")))));

        Assert.Equal(Enumerable.Range(1, 20), versions.Order());
        Assert.Equal("start:" + new string('x', 20), (await host.EntriesAsync()).Single(e => e.Id == entry.Id).Text);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindForUpdate_WhenThereIsNoSuchRow_FindsNothing(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider);

        var error = await Assert.ThrowsAsync<NotFoundException>(() => host.ExecuteAsync(new AppendToEntryCommand(404, "x")));

        Assert.Equal("404", error.Id);
    }
}
