using Complaints.Kernel.Errors;
using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Tests.Infrastructure;
using Complaints.Kernel.Tests.Pipeline.Ledger;

namespace Complaints.Kernel.Tests.Pipeline;

public sealed class PipelineStageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Execute_RunsEachStageInOrderWithItsContext(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider);
        var actor = new Actor("officer-7", new HashSet<string> { "complaint-handler" });

        var result = await host.ExecuteAsync(new AddEntryCommand("  padded  "), actor, correlationId: "corr-1");
        await host.DeliverDueAsync();

        var journal = host.Journal.Entries;
        Assert.Equal(
            [
                (nameof(RejectEmptyTextPlugin), PipelineStage.PreValidation, ExecutionMode.Synchronous),
                (nameof(NormaliseTextPlugin), PipelineStage.PreOperation, ExecutionMode.Synchronous),
                (nameof(ExplodeOnDemandPlugin), PipelineStage.PostOperation, ExecutionMode.Synchronous),
                (nameof(NoteEntryAsyncPlugin), PipelineStage.PostOperation, ExecutionMode.Asynchronous),
            ],
            journal.Select(e => (e.Plugin, e.Stage, e.Mode)));
        Assert.All(journal, e => Assert.Equal(("AddEntry", "officer-7", "corr-1", 1), (e.Message, e.Actor, e.CorrelationId, e.Depth)));
        Assert.Equal("trim", journal[1].Configuration);
        Assert.Equal("padded", result.Text);
        Assert.Equal("LED-0001", result.Reference);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PreValidation_WhenItRejects_NothingIsStoredAndTheCallerGetsTheViolation(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider);

        var error = await Assert.ThrowsAsync<ValidationException>(() => host.ExecuteAsync(new AddEntryCommand(" ")));

        Assert.Equal("text", Assert.Single(error.Violations).Field);
        Assert.Empty(await host.EntriesAsync());
        Assert.DoesNotContain(host.Journal.Entries, e => e.Stage != PipelineStage.PreValidation);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PostOperation_WhenASyncStepThrows_NothingOfTheCallIsStoredAndNoOutboxRowExists(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider);

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(new AddEntryCommand("explode-post please")));

        Assert.Equal("The PostOperation step refused this entry.", error.Message);
        Assert.Empty(await host.EntriesAsync());
        Assert.Equal(0, await host.OutboxCountAsync());
        var next = await host.ExecuteAsync(new AddEntryCommand("after the failure"));
        Assert.Equal("LED-0001", next.Reference); // the sequence number taken by the failed call was rolled back too
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Depth_WhenPluginsStartMessagesInALoop_StopsAtTheLimit(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider);

        var depth = await host.ExecuteAsync(new PingCommand(Hops: 8));
        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(new PingCommand(Hops: 9)));

        Assert.Equal(1, depth);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], host.Journal.Entries.Take(8).Select(e => e.Depth));
        Assert.Contains("9 messages deep (limit 8)", error.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NestedMessage_WhenItFailsAndAPluginSwallowsTheError_TheWholeCallRollsBack(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider);

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.ExecuteAsync(new WrapEntryCommand("explode-post inside")));

        Assert.Contains("A message started inside this one failed", error.Message);
        Assert.Empty(await host.EntriesAsync());
        Assert.Equal(0, await host.OutboxCountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NestedMessage_WhenItSucceeds_CommitsWithTheOuterOne(string provider)
    {
        await using var host = await KernelHost.StartAsync(provider);

        await host.ExecuteAsync(new WrapEntryCommand("inner"));

        Assert.Equal(["outer", "inner"], (await host.EntriesAsync()).Where(e => e.Kind == "entry").Select(e => e.Text));
    }
}
