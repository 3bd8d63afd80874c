namespace Complaints.Kernel.Outbox;

/// <summary>A subscriber class and the event type it handles, found by scanning a module's assembly.</summary>
public sealed record EventSubscriber(Type EventType, Type HandlerType)
{
    public string Name => HandlerType.Name;
}
