using System.Text.Json;
using Complaints.Kernel.Events;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline;

namespace Complaints.Kernel.Outbox;

/// <summary>
/// Writes outbox rows in the current transaction: one per async plug-in step, one per event subscriber; and every event
/// to the event log, subscribed to or not, for the systems that follow the log (<see cref="EventLogReader"/>).
/// </summary>
internal sealed class OutboxWriter(
    KernelDbContext db, UnitOfWork unitOfWork, OutboxSignal signal, TimeProvider clock, IEnumerable<EventSubscriber> subscribers,
    EventCatalogue catalogue, EventLogSignal eventLogSignal)
    : IEventPublisher
{
    public void AddAsyncStep(PluginStep step, string payload, string correlationId) =>
        Add(OutboxKind.AsyncStep, step.Name, step.MessageName, payload, correlationId);

    /// <summary>An asynchronous step of a landlord's plug-in, to run after commit.</summary>
    public void AddRegisteredStep(Pipeline.Plugins.Registration.StepRegistration step, string payload, string correlationId) =>
        Add(OutboxKind.RegisteredStep, RegisteredStepConsumer(step.Id), step.Message, payload, correlationId);

    /// <summary>The outbox consumer name of a registered step.</summary>
    public static string RegisteredStepConsumer(Guid stepId) => $"plugin-step:{stepId}";

    public void Publish<TEvent>(TEvent @event) where TEvent : class
    {
        if (!unitOfWork.InTransaction)
            throw new InvalidOperationException($"{typeof(TEvent).Name} must be published inside a message's transaction.");
        var payload = JsonSerializer.Serialize(@event, KernelJson.Options);
        var correlationId = ExecutionScope.Current?.CorrelationId ?? "none";
        db.Events.Add(new LoggedEvent
        {
            EventType = catalogue.NameOf(typeof(TEvent)), Payload = payload, RecordedAt = clock.GetUtcNow(), CorrelationId = correlationId,
        });
        unitOfWork.AfterCommit(eventLogSignal.Notify);
        foreach (var subscriber in subscribers.Where(s => s.EventType == typeof(TEvent)))
            Add(OutboxKind.Event, subscriber.Name, typeof(TEvent).FullName!, payload, correlationId);
    }

    private void Add(OutboxKind kind, string consumer, string messageType, string payload, string correlationId)
    {
        db.Outbox.Add(new OutboxMessage
        {
            Kind = kind,
            Consumer = consumer,
            MessageType = messageType,
            Payload = payload,
            CorrelationId = correlationId,
            CreatedAt = clock.GetUtcNow(),
        });
        unitOfWork.AfterCommit(signal.Notify);
    }
}
