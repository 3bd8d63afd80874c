using Complaints.Kernel.Outbox;
using Complaints.Kernel.Pipeline.Plugins.Async;
using Complaints.Kernel.Pipeline.Plugins.Images;
using Complaints.Kernel.Pipeline.Plugins.Registration;
using Complaints.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Kernel.Pipeline.Plugins;

/// <summary>
/// Runs the registered steps of landlords' plug-ins in a message, after the modules' own steps of each stage: the
/// target as an <see cref="Entity"/>, the images the steps registered for, a Pre step's changes applied to the command,
/// and each asynchronous PostOperation step queued in the outbox to run after commit. A synchronous step's failure
/// rolls the whole message back.
/// </summary>
public sealed class RegisteredStepRunner(RegisteredSteps registered, StepExecution execution, DropIn.PluginFolder folder)
{
    internal async Task RunAsync<TCommand, TResult>(PluginContext<TCommand, TResult> context, IServiceProvider services, CancellationToken cancellationToken)
        where TCommand : ICommand<TResult>
    {
        var stage = (PluginStage)(int)context.Stage;
        var steps = await registered.ForAsync(context.MessageName, stage, cancellationToken);
        // The pre-image is taken at PreOperation, the first stage inside the transaction, for PostOperation's steps too.
        var later = stage == PluginStage.PreOperation ? await registered.ForAsync(context.MessageName, PluginStage.PostOperation, cancellationToken) : [];
        if (steps.Count == 0 && !later.Any(s => s.PreImageAttributeList is not null))
            return;

        var target = CommandEntities.ToEntity(context.Target!, CommandEntities.LogicalName(context.MessageName));
        var output = stage == PluginStage.PostOperation ? CommandEntities.Output(context.MessageName, context.Result) : null;
        var state = context.RegisteredSteps ??= new MessageState();
        if (!state.FolderLooked && steps.Any(s => s.Mode == PluginMode.Synchronous))
        {
            folder.Refresh(); // once per message, so a change to the folder is seen by the next message, never half-way through one
            state.FolderLooked = true;
        }
        var images = state;
        if (stage == PluginStage.PreOperation && steps.Concat(later).Any(s => s.PreImageAttributeList is not null))
            images.Pre = await RecordImages.TakeAsync(services, context.MessageName, target, null, cancellationToken);
        if (stage == PluginStage.PostOperation && steps.Any(s => s.PostImageAttributeList is not null))
            images.Post = await RecordImages.TakeAsync(services, context.MessageName, target, output, cancellationToken);

        foreach (var step in steps.Where(s => Filtered(s, target)))
        {
            var pre = RecordImages.For(images.Pre, step.PreImageAttributeList);
            var post = RecordImages.For(images.Post, step.PostImageAttributeList);
            if (step.Mode == PluginMode.Asynchronous)
            {
                var queued = new QueuedStep(step.Id, context.MessageName, target, output, pre, post,
                    context.InitiatingUser.Id, [.. context.InitiatingUser.Roles], context.CorrelationId, context.Depth, context.StartedAt);
                services.GetRequiredService<OutboxWriter>().AddRegisteredStep(step, queued.Serialize(), context.CorrelationId);
                continue;
            }
            await execution.RunAsync(new StepContext(step, context.MessageName, target, output, pre, post,
                context.InitiatingUser.Id, context.CorrelationId, context.Depth, context.StartedAt, context.SharedVariables, new StepServices(services)), folderLooked: true, cancellationToken);
        }
        if (stage is PluginStage.PreValidation or PluginStage.PreOperation)
            context.Target = CommandEntities.Apply(context.Target!, target, context.MessageName);
    }

    /// <summary>Runs a queued asynchronous step from its outbox row; a step since unregistered or switched off is passed over.</summary>
    internal async Task RunQueuedAsync(string payload, IServiceProvider services, CancellationToken cancellationToken)
    {
        var queued = QueuedStep.Deserialize(payload);
        if (await registered.FindAsync(queued.StepId, cancellationToken) is not { Enabled: true } step)
            return;
        var context = new StepContext(step, queued.Message, queued.Target, queued.Output, queued.PreImage, queued.PostImage,
            queued.InitiatingUserId, queued.CorrelationId, queued.Depth, queued.StartedAt, new Dictionary<string, object?>(), new StepServices(services));
        // Messages the step sends run as the user who sent the step's message, one level below it.
        var scope = new ExecutionScope(new Actor(queued.InitiatingUserId, queued.InitiatingUserRoles.ToHashSet()), queued.CorrelationId, queued.Depth);
        await scope.RunAsync(async () =>
        {
            await execution.RunAsync(context, folderLooked: false, cancellationToken);
            return true;
        });
    }

    private static bool Filtered(StepRegistration step, Entity target) =>
        step.FilteringAttributeList.Count == 0 || step.FilteringAttributeList.Any(a => target[a] is not null);

    /// <summary>What one message keeps from stage to stage: whether it has looked at the plug-in folder, and the images taken.</summary>
    internal sealed class MessageState
    {
        public bool FolderLooked { get; set; }

        public Entity? Pre { get; set; }

        public Entity? Post { get; set; }
    }
}
