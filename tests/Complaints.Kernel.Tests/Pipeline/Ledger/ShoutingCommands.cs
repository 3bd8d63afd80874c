using Complaints.Kernel.Pipeline;

namespace Complaints.Kernel.Tests.Pipeline.Ledger;

/// <summary>A contract two messages share, as another module's plug-in would reach them: text it may replace.</summary>
public interface IHasText
{
    string Text { get; }

    IHasText WithText(string text);
}

public sealed record ShoutCommand(string Text) : ICommand<string>, IHasText
{
    public IHasText WithText(string text) => this with { Text = text };
}

public sealed record WhisperCommand(string Text) : ICommand<string>, IHasText
{
    public IHasText WithText(string text) => this with { Text = text };
}

/// <summary>Returns a copy of the command that is not the message's own type: the pipeline must refuse it.</summary>
public sealed record ImpostorCommand(string Text) : ICommand<string>, IHasText
{
    public IHasText WithText(string text) => new ShoutCommand(text);
}

internal sealed class ShoutHandler : ICommandHandler<ShoutCommand, string>
{
    public Task<string> HandleAsync(PluginContext<ShoutCommand, string> context, CancellationToken cancellationToken) => Task.FromResult(context.Target.Text);
}

internal sealed class WhisperHandler : ICommandHandler<WhisperCommand, string>
{
    public Task<string> HandleAsync(PluginContext<WhisperCommand, string> context, CancellationToken cancellationToken) => Task.FromResult(context.Target.Text);
}

internal sealed class ImpostorHandler : ICommandHandler<ImpostorCommand, string>
{
    public Task<string> HandleAsync(PluginContext<ImpostorCommand, string> context, CancellationToken cancellationToken) => Task.FromResult(context.Target.Text);
}

/// <summary>Runs in every message whose command has text, whoever owns it: marks the text as seen by the actor.</summary>
[PluginStep(PipelineStage.PreValidation, Order = 5)]
internal sealed class SignTextPlugin(StepJournal journal) : ContractPlugin<IHasText>
{
    protected override Task ExecuteAsync(ContractPluginContext<IHasText> context, CancellationToken cancellationToken)
    {
        journal.Record(nameof(SignTextPlugin), context.MessageName, context.Stage, context.InitiatingUser.Id, context.CorrelationId);
        context.Target = context.Target.WithText($"{context.Target.Text} (seen by {context.InitiatingUser.Id})");
        return Task.CompletedTask;
    }
}
