using System.Text.Json;
using Complaints.Plugins;

namespace Complaints.Kernel.Pipeline.Plugins.Async;

/// <summary>
/// What an asynchronous step receives after its message commits, kept in the outbox row until it has run: the message's
/// target, output and images as the synchronous steps saw them, and who sent it and why. Shared variables do not travel,
/// as in Dataverse: they live inside one synchronous execution.
/// </summary>
internal sealed record QueuedStep(
    Guid StepId,
    string Message,
    Entity Target,
    Entity? Output,
    Entity? PreImage,
    Entity? PostImage,
    string InitiatingUserId,
    string[] InitiatingUserRoles,
    string CorrelationId,
    int Depth,
    DateTimeOffset StartedAt)
{
    public string Serialize() => JsonSerializer.Serialize(this, EntityJson.Options);

    public static QueuedStep Deserialize(string json) =>
        JsonSerializer.Deserialize<QueuedStep>(json, EntityJson.Options) ?? throw new InvalidOperationException("A queued step's outbox payload is empty.");
}
