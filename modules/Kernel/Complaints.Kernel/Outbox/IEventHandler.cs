namespace Complaints.Kernel.Outbox;

/// <summary>
/// A subscriber to an event another module published. Called after the publisher's transaction commits, at least
/// once; the inbox makes a redelivery a no-op, so each subscriber handles each event once.
/// </summary>
public interface IEventHandler<in TEvent> where TEvent : class
{
    Task HandleAsync(TEvent @event, CancellationToken cancellationToken);
}

/// <summary>Publishes an event inside the current transaction; subscribers get it only if the transaction commits.</summary>
public interface IEventPublisher
{
    void Publish<TEvent>(TEvent @event) where TEvent : class;
}
