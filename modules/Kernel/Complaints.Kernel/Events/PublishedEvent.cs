namespace Complaints.Kernel.Events;

/// <summary>An event type a module publishes, registered with <see cref="EventServiceCollectionExtensions.AddPublishedEvents"/>.</summary>
public sealed record PublishedEvent(Type ClrType, string Name);
