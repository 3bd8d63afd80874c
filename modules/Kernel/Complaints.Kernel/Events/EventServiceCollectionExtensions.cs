using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Kernel.Events;

public static class EventServiceCollectionExtensions
{
    /// <summary>
    /// Registers every event a module's contracts declare (records with <see cref="EventNameAttribute"/>), so the event
    /// log can name them and subscribers can filter on them. Each module registers its own contracts assembly.
    /// </summary>
    public static IServiceCollection AddPublishedEvents(this IServiceCollection services, Assembly contracts)
    {
        foreach (var type in contracts.GetTypes())
        {
            if (type.GetCustomAttribute<EventNameAttribute>() is { } attribute)
                services.AddSingleton(new PublishedEvent(type, attribute.Name));
        }
        return services;
    }
}
