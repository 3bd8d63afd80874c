using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Complaints.Kernel.Pipeline.Plugins.Images;
using Complaints.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Kernel.Pipeline.Plugins;

/// <summary>
/// What a step may ask of the product, in the step's own scope (so in the same transaction when the step is
/// synchronous). <see cref="IMessageService"/>: a step's <see cref="Entity"/> made into the message's command and sent
/// through <see cref="ICommandPipeline"/>, one level deeper, and the result made back into an <see cref="Entity"/>.
/// <see cref="IRecordReader"/>: a record read through the module that owns it (<see cref="IRecordImageSource"/>).
/// </summary>
internal sealed class StepServices(IServiceProvider services) : IMessageService, IRecordReader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<Entity> ExecuteAsync(string messageName, Entity input, CancellationToken cancellationToken)
    {
        var commandType = CommandTypes(services).GetValueOrDefault(messageName)
            ?? throw new InvalidPluginExecutionException($"{messageName} is not a message a step can send (MessageCatalogue lists them).");
        var contract = MessageCatalogue.Find(messageName)!;
        var unknown = input.Attributes.Keys.Where(a => contract.Attribute(a) is null).ToList();
        if (unknown.Count > 0)
            throw new InvalidPluginExecutionException($"{string.Join(", ", unknown)} is not an attribute of {messageName}.");
        var command = JsonSerializer.Deserialize(ToJson(input), commandType, Json)
            ?? throw new InvalidPluginExecutionException($"{messageName} could not be made from the step's input.");
        var resultType = commandType.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)).GetGenericArguments()[0];
        var execute = typeof(ICommandPipeline).GetMethod(nameof(ICommandPipeline.ExecuteAsync))!.MakeGenericMethod(resultType);
        var task = (Task)execute.Invoke(services.GetRequiredService<ICommandPipeline>(), [command, cancellationToken])!;
        await task;
        var result = task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task);
        return CommandEntities.Output(messageName, result);
    }

    public async Task<Entity?> RetrieveAsync(string logicalName, object id, CancellationToken cancellationToken)
    {
        var sources = services.GetServices<IRecordImageSource>().ToList();
        var source = sources.FirstOrDefault(s => s.LogicalName == logicalName)
            ?? throw new InvalidPluginExecutionException(
                $"{logicalName} is not a record steps can read; they can read {string.Join(", ", sources.Select(s => s.LogicalName).Order())}.");
        return await source.ReadAsync(id, cancellationToken) is { } record ? CommandEntities.ToEntity(record, logicalName) : null;
    }

    /// <summary>The entity's attributes as the JSON the command reads: its names are the command's, snake_case.</summary>
    private static JsonObject ToJson(Entity entity)
    {
        var json = new JsonObject();
        foreach (var (name, value) in entity.Attributes)
            json[name] = value switch
            {
                null => null,
                Entity nested => ToJson(nested),
                object?[] items => new JsonArray([.. items.Select(i => i is Entity e ? ToJson(e) : JsonSerializer.SerializeToNode(i, Json))]),
                _ => JsonSerializer.SerializeToNode(value, Json),
            };
        return json;
    }

    private static FrozenDictionary<string, Type>? _commandTypes;

    private static FrozenDictionary<string, Type> CommandTypes(IServiceProvider services) =>
        _commandTypes ??= services.GetServices<DiscoveredMessage>().ToFrozenDictionary(m => MessageNames.Of(m.CommandType), m => m.CommandType);
}
