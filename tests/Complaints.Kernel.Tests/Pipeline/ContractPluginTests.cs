using Complaints.Kernel.Pipeline;
using Complaints.Kernel.Tests.Infrastructure;
using Complaints.Kernel.Tests.Pipeline.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Kernel.Tests.Pipeline;

/// <summary>A plug-in registered on a contract runs in every message whose command implements it, and only there.</summary>
public sealed class ContractPluginTests
{
    [Fact]
    public async Task AContractStep_RunsInEveryMessageImplementingTheContract_AndMayReplaceTheTarget()
    {
        await using var host = await KernelHost.StartAsync("Sqlite");
        var actor = new Actor("officer-7", new HashSet<string>());

        var shout = await host.ExecuteAsync(new ShoutCommand("HELLO"), actor, correlationId: "c-1");
        var whisper = await host.ExecuteAsync(new WhisperCommand("psst"), actor, correlationId: "c-2");
        await host.ExecuteAsync(new AddEntryCommand("no text contract here"), actor);

        Assert.Equal("HELLO (seen by officer-7)", shout);
        Assert.Equal("psst (seen by officer-7)", whisper);
        Assert.Equal([("Shout", "c-1"), ("Whisper", "c-2")],
            host.Journal.Entries.Where(e => e.Plugin == nameof(SignTextPlugin)).Select(e => (e.Message, e.CorrelationId)));
    }

    [Fact]
    public async Task TheStepTable_ListsTheContractStepUnderEachMessage()
    {
        await using var host = await KernelHost.StartAsync("Sqlite");

        var steps = host.Services.GetRequiredService<PluginStepRegistry>().Steps.Where(s => s.Name == nameof(SignTextPlugin)).ToList();

        Assert.Equal(["Impostor", "Shout", "Whisper"], steps.Select(s => s.MessageName));
        Assert.All(steps, s => Assert.Equal((PipelineStage.PreValidation, 5), (s.Stage, s.Order)));
    }

    [Fact]
    public async Task AContractStep_CannotSwapTheCommandForAnotherMessagesType()
    {
        await using var host = await KernelHost.StartAsync("Sqlite");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.ExecuteAsync(new ImpostorCommand("x"), new Actor("a", new HashSet<string>())));

        Assert.Contains("must stay a ImpostorCommand", error.Message);
    }
}
